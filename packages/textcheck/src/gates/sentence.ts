// The sentence around a span: gates judge a term by the words of its own sentence (a warning, a
// past marker, an offer), so they share where sentences end.

/** Ends of a sentence, semicolons included (a clause of its own in official prose). */
export const SENTENCE_OR_CLAUSE_END = /[。！？!?；;\n]/;
/** Ends of a sentence only. */
export const SENTENCE_END = /[。！？!?\n]/;

/** [from, to) of the sentence holding text[start, end), as delimited by `ends`. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  ends: RegExp = SENTENCE_OR_CLAUSE_END,
): [number, number] {
  let from = start;
  while (from > 0 && !ends.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !ends.test(text[to]!)) to++;
  return [from, to];
}
