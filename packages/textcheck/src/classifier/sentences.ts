// Sentence spans for the classifier: a text is cut at sentence ends, line breaks and HTML tags.

export interface Span {
  start: number;
  end: number;
}

const BREAK = /<[^>]*>|[。！？!?；;\n\r]+/g;
const WORD = /[\p{L}\p{N}]/u;
/** Per UTF-16 unit outside the surrogates: 1 when WORD matches it alone, 2 when not, 0 not yet known. */
const wordUnit = new Uint8Array(0x10000);

/** Whether input[start, end) holds a letter or digit, as WORD.test of the slice says. */
function holdsWord(input: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const unit = input.charCodeAt(i);
    // A surrogate may pair into an astral letter: the slice is asked as a whole.
    if (unit >= 0xd800 && unit <= 0xdfff) return WORD.test(input.slice(start, end));
    let known = wordUnit[unit]!;
    if (known === 0) known = wordUnit[unit] = WORD.test(input[i]!) ? 1 : 2;
    if (known === 1) return true;
  }
  return false;
}

/** Spans of the sentences of `input` that hold a letter or digit; a sentence keeps its end mark. */
export function sentenceSpans(input: string): Span[] {
  const spans: Span[] = [];
  const add = (start: number, end: number) => {
    if (end > start && holdsWord(input, start, end)) spans.push({ start, end });
  };
  let start = 0;
  for (const m of input.matchAll(BREAK)) {
    add(start, m[0].startsWith('<') ? m.index : m.index + m[0].length);
    start = m.index + m[0].length;
  }
  add(start, input.length);
  return spans;
}
