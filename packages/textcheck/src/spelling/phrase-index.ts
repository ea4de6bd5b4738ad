// Finds every occurrence of a set of phrases (overlapping). A scan checks a first-character flag
// table, then an integer map keyed by the first two characters' codes, and allocates a substring
// only when a phrase may start there. Phrases must be at least two characters long.

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

export interface PhraseIndex<T> {
  readonly size: number;
  findAll(text: string): Array<PhraseHit<T>>;
}

/** The first two UTF-16 units folded into a V8 small integer (collisions are resolved exactly). */
const headKey = (s: string, i: number) =>
  ((s.charCodeAt(i) & 0x7fff) << 15) | (s.charCodeAt(i + 1) & 0x7fff);

export function buildPhraseIndex<T>(phrases: Iterable<readonly [string, T]>): PhraseIndex<T> {
  const table = new Map<string, T>();
  const lengthsByHead = new Map<number, number[]>();
  /** One flag per UTF-16 unit that starts some phrase: most positions are rejected by it alone. */
  const starts = new Uint8Array(0x10000);
  for (const [phrase, value] of phrases) {
    if (phrase.length < 2 || table.has(phrase)) continue;
    table.set(phrase, value);
    starts[phrase.charCodeAt(0)] = 1;
    const key = headKey(phrase, 0);
    const lengths = lengthsByHead.get(key) ?? [];
    if (!lengths.includes(phrase.length)) lengths.push(phrase.length);
    lengthsByHead.set(key, lengths);
  }
  return {
    size: table.size,
    findAll(text) {
      const hits: Array<PhraseHit<T>> = [];
      for (let i = 0; i + 1 < text.length; i++) {
        if (starts[text.charCodeAt(i)] === 0) continue;
        const lengths = lengthsByHead.get(headKey(text, i));
        if (!lengths) continue;
        for (const len of lengths) {
          if (i + len > text.length) continue;
          const value = table.get(text.slice(i, i + len));
          if (value !== undefined) hits.push({ start: i, end: i + len, value });
        }
      }
      return hits;
    },
  };
}
