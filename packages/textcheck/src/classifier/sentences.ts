// Sentence spans for the classifier: a text is cut at sentence ends, line breaks and HTML tags.

export interface Span {
  start: number;
  end: number;
}

const BREAK = /<[^>]*>|[。！？!?；;\n\r]+/g;
const WORD = /[\p{L}\p{N}]/u;

/** Spans of the sentences of `input` that hold a letter or digit; a sentence keeps its end mark. */
export function sentenceSpans(input: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of input.matchAll(BREAK)) {
    const end = m[0].startsWith('<') ? m.index : m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = m.index + m[0].length;
  }
  if (input.length > start) spans.push({ start, end: input.length });
  return spans.filter((s) => WORD.test(input.slice(s.start, s.end)));
}
