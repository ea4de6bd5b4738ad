// The sentence around a span: gates judge a term by the words of its own sentence (a warning, a
// past marker, an offer), so they share where sentences end.

/** Ends of a sentence, semicolons included (a clause of its own in official prose). */
export const SENTENCE_OR_CLAUSE_END = /[。！？!?；;\n]/;
/** Ends of a sentence only. */
export const SENTENCE_END = /[。！？!?\n]/;

/** Per expression of one character: per UTF-16 unit, 1 when it ends a sentence, 2 when not, 0 unknown. */
const unitTables = new WeakMap<RegExp, Uint8Array>();

/** Whether the unit at `i` ends a sentence by `ends`, learnt once per unit. */
function endsAt(table: Uint8Array, ends: RegExp, text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  let known = table[unit]!;
  if (known === 0) known = table[unit] = ends.test(text[i]!) ? 1 : 2;
  return known === 1;
}

/** [from, to) of the sentence holding text[start, end), as delimited by `ends` (one character). */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  ends: RegExp = SENTENCE_OR_CLAUSE_END,
): [number, number] {
  let table = unitTables.get(ends);
  if (!table) unitTables.set(ends, (table = new Uint8Array(0x10000)));
  let from = start;
  while (from > 0 && !endsAt(table, ends, text, from - 1)) from--;
  let to = end;
  while (to < text.length && !endsAt(table, ends, text, to)) to++;
  return [from, to];
}
