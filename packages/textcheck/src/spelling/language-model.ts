// Scores short stretches of text: the best segmentation's log10 probability under the word
// bigram model, falling back to the lexicon's unigram counts for words the bigram model lacks.
import type { Lexicon } from './lexicon.ts';
import type { NgramModel } from './ngram-model.ts';
import { buildIntTable, buildWordTable, EMPTY_HASH, extendHash } from './word-table.ts';

/** A word the n-gram model lacks costs this much (log10) on top of its lexicon probability. */
const LEXICON_ONLY_PENALTY = 1;
/** A character that is neither a known word nor in the n-gram vocabulary. */
const UNKNOWN_CHAR_LOGP = -9;
const MAX_WORD_LENGTH = 6;
/** At most one state per word length ending at a position, plus the "no known word" state. */
const MAX_STATES = MAX_WORD_LENGTH + 1;

/** Two UTF-16 codes as one int32. */
const pairKey = (a: number, b: number) => (a << 16) | b;

export interface LanguageModel {
  /** log10 probability of the best segmentation of `text` (higher is more fluent). */
  score(text: string): number;
}

/** A known word: its n-gram id (-1 if none) and its lexicon log probability. */
interface WordInfo {
  id: number;
  logp: number;
}

export function createLanguageModel(lexicon: Lexicon, ngram: NgramModel): LanguageModel {
  // One table of every word either model knows, merged: n-gram id (-1 if none) and lexicon
  // log probability per word.
  const merged = new Map<string, WordInfo>();
  for (const [word] of lexicon.entries()) {
    if (word.length <= MAX_WORD_LENGTH)
      merged.set(word, { id: -1, logp: lexicon.logProb(word) - LEXICON_ONLY_PENALTY });
  }
  ngram.vocab.forEach((word, id) => {
    if (id === 0 || word.length > MAX_WORD_LENGTH) return;
    const info = merged.get(word);
    if (info) info.id = id;
    else merged.set(word, { id, logp: UNKNOWN_CHAR_LOGP });
  });
  const words = [...merged.keys()];
  const table = buildWordTable(words);
  const wordIds = Int32Array.from(merged.values(), (info) => info.id);
  const wordLogps = Float64Array.from(merged.values(), (info) => info.logp);
  // Single characters, looked up at every position, are read from tables per UTF-16 code: the
  // n-gram id and the log probability, as for a word (-1 and UNKNOWN_CHAR_LOGP when unknown).
  const charIds = new Int32Array(0x10000).fill(-1);
  const charLogps = new Float64Array(0x10000).fill(UNKNOWN_CHAR_LOGP);
  words.forEach((word, w) => {
    if (word.length !== 1) return;
    charIds[word.charCodeAt(0)] = wordIds[w]!;
    charLogps[word.charCodeAt(0)] = wordLogps[w]!;
  });
  // The first two characters of every longer word, with the lengths of the words they start as a
  // bit mask: most positions start none, and then only the single character needs looking up;
  // the rest look up only lengths some word has.
  const headMasks = new Map<number, number>();
  for (const word of words) {
    if (word.length < 2) continue;
    const k = pairKey(word.charCodeAt(0), word.charCodeAt(1));
    headMasks.set(k, (headMasks.get(k) ?? 0) | (1 << word.length));
  }
  const heads = buildIntTable([...headMasks.keys()]);
  const masks = Uint8Array.from(headMasks.values());
  const lengthsAt = (text: string, p: number) => {
    const e = heads.find(pairKey(text.charCodeAt(p), text.charCodeAt(p + 1)));
    return e < 0 ? 0 : masks[e]!;
  };

  // Viterbi lattice, reused between calls and grown on demand: per end position, the states'
  // previous-word ids and best scores. The states at a position depend only on the text before
  // it, so those of the previous call's text stay valid up to the prefix it shares with this one —
  // callers score one stretch with each candidate replacement in turn, all sharing what precedes
  // it. Only words that end past the shared prefix are (re)visited, in the same order as in a
  // fresh pass, so every state gets the same value.
  let capacity = 0;
  let ids = new Int32Array(0);
  let scores = new Float64Array(0);
  let counts = new Int32Array(0);
  let lastText = '';
  const ensure = (n: number) => {
    if (n + 1 <= capacity) return;
    capacity = 2 * (n + 1);
    ids = new Int32Array(capacity * MAX_STATES);
    scores = new Float64Array(capacity * MAX_STATES);
    counts = new Int32Array(capacity);
    lastText = '';
  };

  return {
    score(text) {
      const n = text.length;
      ensure(n);
      // Positions 0..shared hold valid states.
      const limit = Math.min(n, lastText.length);
      let shared = 0;
      while (shared < limit && text.charCodeAt(shared) === lastText.charCodeAt(shared)) shared++;
      lastText = text;
      counts.fill(0, shared + 1, n + 1);
      ids[0] = -1;
      scores[0] = 0;
      counts[0] = 1;
      for (let p = Math.max(0, shared - MAX_WORD_LENGTH); p < n; p++) {
        const from = p * MAX_STATES;
        const fromCount = counts[p]!;
        // Bit 1 stands for the single character, always looked at.
        const lengths = 2 | (p + 1 < n ? lengthsAt(text, p) : 0);
        // Words are at most MAX_WORD_LENGTH long, so the highest bit bounds the loop.
        const longest = Math.min(31 - Math.clz32(lengths), n - p);
        let hash = EMPTY_HASH;
        for (let len = 1; len <= longest; len++) {
          hash = extendHash(hash, text.charCodeAt(p + len - 1));
          if ((lengths & (1 << len)) === 0 || p + len <= shared) continue;
          let id: number;
          let logp: number;
          if (len === 1) {
            id = charIds[text.charCodeAt(p)]!;
            logp = charLogps[text.charCodeAt(p)]!;
          } else {
            const w = table.find(text, p, len, hash);
            if (w < 0) continue;
            id = wordIds[w]!;
            logp = wordLogps[w]!;
          }
          let best = -Infinity;
          for (let k = 0; k < fromCount; k++) {
            const prev = ids[from + k]!;
            const lp = id >= 0 ? (prev >= 0 ? ngram.bigram(prev, id) : ngram.unigram(id)) : logp;
            const sc = scores[from + k]! + lp;
            if (sc > best) best = sc;
          }
          const to = (p + len) * MAX_STATES;
          const toCount = counts[p + len]!;
          let at = 0;
          while (at < toCount && ids[to + at] !== id) at++;
          if (at === toCount) {
            ids[to + at] = id;
            scores[to + at] = best;
            counts[p + len] = toCount + 1;
          } else if (best > scores[to + at]!) scores[to + at] = best;
        }
      }
      let result = -Infinity;
      for (let k = 0; k < counts[n]!; k++) result = Math.max(result, scores[n * MAX_STATES + k]!);
      return result;
    },
  };
}
