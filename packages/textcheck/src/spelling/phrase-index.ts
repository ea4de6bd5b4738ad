// Finds every occurrence of a set of phrases (overlapping). A scan checks a flag table for the
// first and the second character, then an integer-keyed table of the first two characters' codes,
// and allocates a substring only when a phrase may start there. Phrases must be at least two
// characters long.
import { buildIntTable } from './word-table.ts';

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

/** Flag bits per UTF-16 unit: it starts some phrase / is the second character of some phrase. */
const FIRST = 1;
const SECOND = 2;

export function buildPhraseIndex<T>(phrases: Iterable<readonly [string, T]>): PhraseIndex<T> {
  const table = new Map<string, T>();
  const lengthsByHead = new Map<number, number[]>();
  /** Most positions are rejected by these flags alone, without a table lookup. */
  const flags = new Uint8Array(0x10000);
  for (const [phrase, value] of phrases) {
    if (phrase.length < 2 || table.has(phrase)) continue;
    table.set(phrase, value);
    flags[phrase.charCodeAt(0)]! |= FIRST;
    flags[phrase.charCodeAt(1)]! |= SECOND;
    const key = headKey(phrase, 0);
    const lengths = lengthsByHead.get(key) ?? [];
    if (!lengths.includes(phrase.length)) lengths.push(phrase.length);
    lengthsByHead.set(key, lengths);
  }
  const heads = buildIntTable([...lengthsByHead.keys()]);
  const lengthLists = [...lengthsByHead.values()];
  return {
    size: table.size,
    findAll(text) {
      const hits: Array<PhraseHit<T>> = [];
      for (let i = 0; i + 1 < text.length; i++) {
        if ((flags[text.charCodeAt(i)]! & FIRST) === 0) continue;
        if ((flags[text.charCodeAt(i + 1)]! & SECOND) === 0) continue;
        const e = heads.find(headKey(text, i));
        if (e < 0) continue;
        for (const len of lengthLists[e]!) {
          if (i + len > text.length) continue;
          const value = table.get(text.slice(i, i + len));
          if (value !== undefined) hits.push({ start: i, end: i + len, value });
        }
      }
      return hits;
    },
  };
}
