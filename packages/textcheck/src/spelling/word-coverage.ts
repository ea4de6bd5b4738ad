// How strongly each character of a text is explained by a known word of two to four characters:
// the count of the most frequent such word containing it (0 = unexplained). Words are grouped by
// their first two characters' codes (a small-integer key) in an integer-keyed table of typed
// arrays (word-table.ts), with the rest and the counts in flat arrays alongside, so the scan
// reads no boxed objects and allocates nothing (one result buffer serves text after text) — it
// runs on every character of every post.
import type { Lexicon } from './lexicon.ts';
import { hanRuns } from './han.ts';
import { buildIntTable } from './word-table.ts';

const HAN = /^[\u3400-\u9fff]+$/u;
const HAN_BASE = 0x3400;

/**
 * A pair of Han characters as an integer below 2^30 (a V8 small integer). Other codes give other
 * integers (some alias Han pairs); `pairFreq` answers for them exactly as a map keyed so would.
 */
const codesKey = (a: number, b: number) => (a - HAN_BASE) * 0x8000 + (b - HAN_BASE);

export interface WordCoverage {
  /**
   * For each character of `text`: the count of the most frequent word covering it (0 outside Han
   * runs). The array may be longer than the text and is reused: it holds until the next text.
   */
  cover(text: string): Float64Array;
  /** Count of the two-character word made of the characters with these UTF-16 codes (0 if none). */
  pairFreq(first: number, second: number): number;
  /**
   * The span [lo, hi) the known words would explain around `at` if text[at] were the character
   * with code `code`: the union of those words (inside [from, to)) that contain `at`, which is
   * empty ([at, at)) when none does.
   */
  explainedWith(
    text: string,
    at: number,
    code: number,
    from: number,
    to: number,
  ): readonly [number, number];
}

/** The words starting with one pair of characters, while the table is built. */
interface PairEntry {
  /** Count of the pair as a word (0 if it is not one). */
  freq: number;
  /** Third characters of three-character words, and their counts. */
  thirds: number[];
  thirdFreqs: number[];
  /** Third and fourth characters of four-character words (third << 16 | fourth), and their counts. */
  rests: number[];
  restFreqs: number[];
}

export function buildWordCoverage(lexicon: Lexicon, minFreq: number): WordCoverage {
  const byPair = new Map<number, PairEntry>();
  for (const [word, freq] of lexicon.entries()) {
    if (freq < minFreq || word.length < 2 || word.length > 4 || !HAN.test(word)) continue;
    const k = codesKey(word.charCodeAt(0), word.charCodeAt(1));
    let entry = byPair.get(k);
    if (!entry) {
      entry = { freq: 0, thirds: [], thirdFreqs: [], rests: [], restFreqs: [] };
      byPair.set(k, entry);
    }
    if (word.length === 2) entry.freq = freq;
    else if (word.length === 3) {
      entry.thirds.push(word.charCodeAt(2));
      entry.thirdFreqs.push(freq);
    } else {
      entry.rests.push((word.charCodeAt(2) << 16) | word.charCodeAt(3));
      entry.restFreqs.push(freq);
    }
  }
  const table = flatten(byPair);
  const { pairFreqs, thirdStarts, thirds, thirdFreqs, restStarts, rests, restFreqs } = table;
  // The last text covered and its strengths, in one buffer reused from text to text.
  let lastText = '';
  let strength = new Float64Array(0);

  /** Count of the three-character word of pair entry e and `third` (0 if none). */
  const thirdFreq = (e: number, third: number) => {
    for (let k = thirdStarts[e]!, stop = thirdStarts[e + 1]!; k < stop; k++)
      if (thirds[k] === third) return thirdFreqs[k]!;
    return 0;
  };
  /** Count of the four-character word of pair entry e and `rest` (third << 16 | fourth; 0 if none). */
  const restFreq = (e: number, rest: number) => {
    for (let k = restStarts[e]!, stop = restStarts[e + 1]!; k < stop; k++)
      if (rests[k] === rest) return restFreqs[k]!;
    return 0;
  };

  /** Fills strength[start, end) for one Han run (zero on entry). */
  const coverRun = (text: string, start: number, end: number) => {
    let second = text.charCodeAt(start);
    for (let s = start; s + 1 < end; s++) {
      const first = second;
      second = text.charCodeAt(s + 1);
      const e = table.find(codesKey(first, second));
      if (e < 0) continue;
      const freq = pairFreqs[e]!;
      if (freq > 0) {
        if (strength[s]! < freq) strength[s] = freq;
        if (strength[s + 1]! < freq) strength[s + 1] = freq;
      }
      if (s + 2 >= end) continue;
      const third = text.charCodeAt(s + 2);
      const f3 = thirdFreq(e, third);
      for (let j = s; j < s + 3; j++) if (strength[j]! < f3) strength[j] = f3;
      if (s + 3 >= end || restStarts[e] === restStarts[e + 1]) continue;
      const f4 = restFreq(e, (third << 16) | text.charCodeAt(s + 3));
      for (let j = s; j < s + 4; j++) if (strength[j]! < f4) strength[j] = f4;
    }
  };

  /** Whether text[a, a + len) with `code` at `at` is a known word (2 ≤ len ≤ 4). */
  const isWordWith = (text: string, at: number, code: number, a: number, len: number) => {
    const codeAt = (k: number) => (k === at ? code : text.charCodeAt(k));
    const e = table.find(codesKey(codeAt(a), codeAt(a + 1)));
    if (e < 0) return false;
    if (len === 2) return pairFreqs[e]! > 0;
    if (len === 3) return thirdFreq(e, codeAt(a + 2)) > 0;
    return restFreq(e, (codeAt(a + 2) << 16) | codeAt(a + 3)) > 0;
  };

  return {
    explainedWith(text, at, code, from, to) {
      let lo = at;
      let hi = at;
      for (let a = Math.max(from, at - 3); a <= at; a++) {
        for (let len = Math.max(2, at - a + 1); len <= 4 && a + len <= to; len++) {
          if (!isWordWith(text, at, code, a, len)) continue;
          if (lo === hi || a < lo) lo = a;
          if (a + len > hi) hi = a + len;
        }
      }
      return [lo, hi] as const;
    },
    pairFreq(first, second) {
      const e = table.find(codesKey(first, second));
      return e < 0 ? 0 : pairFreqs[e]!;
    },
    cover(text) {
      if (text === lastText) return strength;
      lastText = text;
      if (strength.length < text.length) strength = new Float64Array(2 * text.length);
      else strength.fill(0, 0, text.length);
      for (const [start, end] of hanRuns(text)) coverRun(text, start, end);
      return strength;
    },
  };
}

/**
 * The pair entries in flat typed arrays: a table from a pair's key to its entry number e, the
 * pair's own count at pairFreqs[e], and its three- and four-character words at
 * [thirdStarts[e], thirdStarts[e + 1]) and [restStarts[e], restStarts[e + 1]).
 */
function flatten(byPair: Map<number, PairEntry>) {
  const entries = [...byPair.values()];
  const pairFreqs = new Float64Array(entries.length);
  const thirdStarts = new Int32Array(entries.length + 1);
  const restStarts = new Int32Array(entries.length + 1);
  entries.forEach((en, e) => {
    pairFreqs[e] = en.freq;
    thirdStarts[e + 1] = thirdStarts[e]! + en.thirds.length;
    restStarts[e + 1] = restStarts[e]! + en.rests.length;
  });
  const thirds = new Uint16Array(thirdStarts[entries.length]!);
  const thirdFreqs = new Float64Array(thirds.length);
  const rests = new Int32Array(restStarts[entries.length]!);
  const restFreqs = new Float64Array(rests.length);
  entries.forEach((en, e) => {
    thirds.set(en.thirds, thirdStarts[e]);
    thirdFreqs.set(en.thirdFreqs, thirdStarts[e]);
    rests.set(en.rests, restStarts[e]);
    restFreqs.set(en.restFreqs, restStarts[e]);
  });
  const { find } = buildIntTable([...byPair.keys()]);
  return { find, pairFreqs, thirdStarts, thirds, thirdFreqs, restStarts, rests, restFreqs };
}

// One coverage per lexicon and threshold, shared by the rules that read it (the typo and the
// homophone rule): built once, and each text scanned once — the second rule to ask about the same
// text gets the first one's result. Callers must not modify the array.
const shared = new WeakMap<Lexicon, Map<number, WordCoverage>>();

export function sharedWordCoverage(lexicon: Lexicon, minFreq: number): WordCoverage {
  let byFreq = shared.get(lexicon);
  if (!byFreq) shared.set(lexicon, (byFreq = new Map()));
  let coverage = byFreq.get(minFreq);
  if (!coverage) byFreq.set(minFreq, (coverage = buildWordCoverage(lexicon, minFreq)));
  return coverage;
}
