// Words grouped by their toneless pinyin, so the words a pinyin input method could have typed in
// place of a stretch of text (绝顶 for 决定, 树脂 for 述职) are found by lookups on integer keys.
// Readings come from pinyin-pro: a word's own reading in context (银行 → yin hang), every reading
// of a character in the text (行 → xing, hang, heng).
import { pinyin } from 'pinyin-pro';
import type { Lexicon } from './lexicon.ts';

const HAN = /^[\u3400-\u9fff]+$/u;
/** Syllable ids fit in 9 bits; a key of up to four syllables stays below 2^36 (an exact double). */
const RADIX = 512;
/** Keys kept per stretch: enough for polyphonic characters; more readings add only rare words. */
export const MAX_KEYS = 16;
/** Readings kept per character (a few characters have more; the rest are rare). */
const MAX_READINGS = 4;

/** Longest word indexed; each word's codes take this many slots of `codes`. */
export const MAX_WORD_LENGTH = 4;

/**
 * Known words grouped by reading. An entry is the words sharing one reading (so one length), most
 * frequent first: words `starts[e]` to `starts[e + 1] - 1`. The words' counts and codes sit in flat
 * typed arrays, so a lookup follows no object pointers.
 */
export interface HomophoneIndex {
  /**
   * Keys of the stretch one character longer: each of `keys[0, count)` extended by each reading of
   * the character with UTF-16 code `code`, written to `out`; returns how many were written.
   */
  extend(keys: Float64Array, count: number, code: number, out: Float64Array): number;
  /** The entry of the words (2–4 characters) read as `key`, or -1. */
  lookup(key: number): number;
  readonly starts: Int32Array;
  readonly words: readonly string[];
  readonly freqs: Float64Array;
  /** Word i's UTF-16 codes at `codes[i * MAX_WORD_LENGTH + k]`. */
  readonly codes: Uint16Array;
}

export function buildHomophoneIndex(lexicon: Lexicon, minFreq: number): HomophoneIndex {
  const syllables = new Map<string, number>();
  const syllableId = (s: string) => {
    let id = syllables.get(s);
    if (id === undefined) syllables.set(s, (id = syllables.size + 1));
    return id;
  };
  const grouped = new Map<number, Array<[string, number]>>();
  for (const [word, freq] of lexicon.entries()) {
    if (freq < minFreq || word.length < 2 || word.length > MAX_WORD_LENGTH || !HAN.test(word))
      continue;
    let key = 0;
    for (const s of pinyin(word, { toneType: 'none', type: 'array' })) {
      key = key * RADIX + syllableId(s);
    }
    const group = grouped.get(key);
    if (group) group.push([word, freq]);
    else grouped.set(key, [[word, freq]]);
  }
  // Two-syllable keys index an array of entry numbers; three-syllable keys are small integers
  // (below 2^27) in a map; four-syllable words are found by their first three syllables, then the
  // fourth, so no lookup hashes a heap number.
  const pairs = new Int32Array(RADIX * RADIX).fill(-1);
  const short = new Map<number, number>();
  const long = new Map<number, Map<number, number>>();
  const groups = [...grouped.values()];
  const starts = new Int32Array(groups.length + 1);
  groups.forEach((group, e) => (starts[e + 1] = starts[e]! + group.length));
  const words: string[] = [];
  const freqs = new Float64Array(starts[groups.length]!);
  const codes = new Uint16Array(freqs.length * MAX_WORD_LENGTH);
  [...grouped.keys()].forEach((key, e) => {
    const group = groups[e]!.sort((a, b) => b[1] - a[1]);
    for (const [word, freq] of group) {
      for (let k = 0; k < word.length; k++)
        codes[words.length * MAX_WORD_LENGTH + k] = word.charCodeAt(k);
      freqs[words.length] = freq;
      words.push(word);
    }
    if (key < RADIX * RADIX) pairs[key] = e;
    else if (key < RADIX ** 3) short.set(key, e);
    else {
      const head = Math.floor(key / RADIX);
      let tails = long.get(head);
      if (!tails) long.set(head, (tails = new Map()));
      tails.set(key % RADIX, e);
    }
  });
  // Per UTF-16 code, filled on first use: how many readings (-1: not yet read) and their ids.
  const readingCount = new Int8Array(0x10000).fill(-1);
  const readingIds = new Uint16Array(0x10000 * MAX_READINGS);
  const readingsOf = (code: number) => {
    if (readingCount[code]! < 0) {
      const ids = pinyin(String.fromCharCode(code), {
        toneType: 'none',
        type: 'array',
        multiple: true,
      })
        .slice(0, MAX_READINGS)
        .map(syllableId);
      ids.forEach((id, k) => (readingIds[code * MAX_READINGS + k] = id));
      readingCount[code] = ids.length;
    }
    return readingCount[code]!;
  };
  return {
    extend(keys, count, code, out) {
      const rs = readingsOf(code);
      const at = code * MAX_READINGS;
      let n = 0;
      for (let k = 0; k < count && n < MAX_KEYS; k++) {
        for (let r = 0; r < rs && n < MAX_KEYS; r++)
          out[n++] = keys[k]! * RADIX + readingIds[at + r]!;
      }
      return n;
    },
    lookup: (key) =>
      key < RADIX * RADIX
        ? pairs[key]!
        : key < RADIX ** 3
          ? (short.get(key) ?? -1)
          : (long.get(Math.floor(key / RADIX))?.get(key % RADIX) ?? -1),
    starts,
    words,
    freqs,
    codes,
  };
}
