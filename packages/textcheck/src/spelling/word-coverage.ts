// How strongly each character of a text is explained by a known word of two to four characters:
// the count of the most frequent such word containing it (0 = unexplained). Words are indexed by
// their first two characters' codes (a small-integer key) with the rest and the counts alongside,
// so the scan allocates no substrings — it runs on every character of every post.
import type { Lexicon } from './lexicon.ts';

const HAN = /^[\u3400-\u9fff]+$/u;
const HAN_BASE = 0x3400;

/** A pair of Han characters as an integer below 2^30 (a V8 small integer). */
const codesKey = (a: number, b: number) => (a - HAN_BASE) * 0x8000 + (b - HAN_BASE);
const pairKey = (s: string, i: number) => codesKey(s.charCodeAt(i), s.charCodeAt(i + 1));

export interface WordCoverage {
  /** For each character of the Han run [start, end): the count of the most frequent word covering it. */
  cover(text: string, start: number, end: number): Float64Array;
  /** Count of the two-character word made of the characters with these UTF-16 codes (0 if none). */
  pairFreq(first: number, second: number): number;
}

/** The words starting with one pair of characters. */
interface PairEntry {
  /** Count of the pair as a word (0 if it is not one). */
  freq: number;
  /** Third characters of three-character words, and their counts. */
  thirds: string;
  thirdFreqs: number[];
  /** Third and fourth characters of four-character words (two units each), and their counts. */
  rests: string;
  restFreqs: number[];
}

export function buildWordCoverage(lexicon: Lexicon, minFreq: number): WordCoverage {
  const pairs = new Map<number, PairEntry>();
  for (const [word, freq] of lexicon.entries()) {
    if (freq < minFreq || word.length < 2 || word.length > 4 || !HAN.test(word)) continue;
    const k = pairKey(word, 0);
    let entry = pairs.get(k);
    if (!entry)
      pairs.set(k, (entry = { freq: 0, thirds: '', thirdFreqs: [], rests: '', restFreqs: [] }));
    if (word.length === 2) entry.freq = freq;
    else if (word.length === 3) {
      entry.thirds += word[2];
      entry.thirdFreqs.push(freq);
    } else {
      entry.rests += word.slice(2);
      entry.restFreqs.push(freq);
    }
  }
  const raise = (strength: Float64Array, from: number, to: number, freq: number) => {
    for (let j = from; j < to; j++) if (strength[j]! < freq) strength[j] = freq;
  };
  return {
    pairFreq: (first, second) => pairs.get(codesKey(first, second))?.freq ?? 0,
    cover(text, start, end) {
      const strength = new Float64Array(end - start);
      for (let s = start; s + 1 < end; s++) {
        const entry = pairs.get(pairKey(text, s));
        if (entry === undefined) continue;
        const at = s - start;
        if (entry.freq > 0) raise(strength, at, at + 2, entry.freq);
        if (s + 2 >= end) continue;
        const third = text.charCodeAt(s + 2);
        const { thirds, rests } = entry;
        for (let k = 0; k < thirds.length; k++) {
          if (thirds.charCodeAt(k) === third) raise(strength, at, at + 3, entry.thirdFreqs[k]!);
        }
        if (s + 3 >= end || rests.length === 0) continue;
        const fourth = text.charCodeAt(s + 3);
        for (let k = 0; k < rests.length; k += 2) {
          if (rests.charCodeAt(k) === third && rests.charCodeAt(k + 1) === fourth) {
            raise(strength, at, at + 4, entry.restFreqs[k / 2]!);
          }
        }
      }
      return strength;
    },
  };
}
