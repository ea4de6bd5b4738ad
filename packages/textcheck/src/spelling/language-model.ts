// Scores short stretches of text: the best segmentation's log10 probability under the word
// bigram model, falling back to the lexicon's unigram counts for words the bigram model lacks.
import type { Lexicon } from './lexicon.ts';
import type { NgramModel } from './ngram-model.ts';

/** A word the n-gram model lacks costs this much (log10) on top of its lexicon probability. */
const LEXICON_ONLY_PENALTY = 1;
/** A character that is neither a known word nor in the n-gram vocabulary. */
const UNKNOWN_CHAR_LOGP = -9;
const MAX_WORD_LENGTH = 6;
/** At most one state per word length ending at a position, plus the "no known word" state. */
const MAX_STATES = MAX_WORD_LENGTH + 1;

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
  // One lookup per substring: every word either model knows, merged.
  const words = new Map<string, WordInfo>();
  for (const [word] of lexicon.entries()) {
    if (word.length <= MAX_WORD_LENGTH)
      words.set(word, { id: -1, logp: lexicon.logProb(word) - LEXICON_ONLY_PENALTY });
  }
  ngram.vocab.forEach((word, id) => {
    if (id === 0 || word.length > MAX_WORD_LENGTH) return;
    const info = words.get(word);
    if (info) info.id = id;
    else words.set(word, { id, logp: UNKNOWN_CHAR_LOGP });
  });
  // The first two characters of every longer word: most positions start none, and then only the
  // single character needs looking up.
  const pairKey = (t: string, at: number) =>
    ((t.charCodeAt(at) & 0x7fff) << 15) | (t.charCodeAt(at + 1) & 0x7fff);
  const heads = new Set<number>();
  for (const word of words.keys()) if (word.length > 1) heads.add(pairKey(word, 0));

  // Viterbi lattice, reused between calls and grown on demand: per end position, the states'
  // previous-word ids and best scores.
  let capacity = 0;
  let ids = new Int32Array(0);
  let scores = new Float64Array(0);
  let counts = new Int32Array(0);
  const ensure = (n: number) => {
    if (n + 1 <= capacity) return;
    capacity = 2 * (n + 1);
    ids = new Int32Array(capacity * MAX_STATES);
    scores = new Float64Array(capacity * MAX_STATES);
    counts = new Int32Array(capacity);
  };

  return {
    score(text) {
      const n = text.length;
      ensure(n);
      counts.fill(0, 0, n + 1);
      ids[0] = -1;
      scores[0] = 0;
      counts[0] = 1;
      for (let p = 0; p < n; p++) {
        const from = p * MAX_STATES;
        const fromCount = counts[p]!;
        if (fromCount === 0) continue;
        const maxLen = p + 1 < n && heads.has(pairKey(text, p)) ? MAX_WORD_LENGTH : 1;
        for (let len = 1; len <= maxLen && p + len <= n; len++) {
          const info = words.get(text.slice(p, p + len));
          if (!info && len > 1) continue;
          const id = info?.id ?? -1;
          let best = -Infinity;
          for (let k = 0; k < fromCount; k++) {
            const prev = ids[from + k]!;
            const lp =
              id >= 0
                ? prev >= 0
                  ? ngram.bigram(prev, id)
                  : ngram.unigram(id)
                : (info?.logp ?? UNKNOWN_CHAR_LOGP);
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
