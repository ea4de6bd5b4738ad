// The context a replacement is read in by the language model: up to a few characters on each side
// of the span, not past a break between clauses.

const CLAUSE_BREAK = /[。；！？!?\n，,、：:]/;

/** [from, to): [start, end) widened by at most `reach` characters each side, within its clause. */
export function clauseWindow(
  text: string,
  start: number,
  end: number,
  reach: number,
): [number, number] {
  let from = start;
  while (from > 0 && start - from < reach && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < reach && !CLAUSE_BREAK.test(text[to]!)) to++;
  return [from, to];
}
