// Scores short stretches of text: the best segmentation's log10 probability under a word bigram
// model, falling back to the lexicon's unigram counts for words the bigram model lacks. Several
// bigram models mix log-linearly (a weighted geometric mean of their probabilities): each keeps
// its own best segmentation, but one pass over the text finds the words for all of them.
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
/** Word id of a model for a word neither that model nor the lexicon knows. */
const NOT_A_WORD = -2;

/** Two UTF-16 codes as one int32. */
const pairKey = (a: number, b: number) => (a << 16) | b;

export interface LanguageModel {
  /** log10 probability of the best segmentation of `text` (higher is more fluent). */
  score(text: string): number;
}

export interface WeightedNgramModel {
  ngram: NgramModel;
  /** Share of this model in the mix; the weights sum to 1. */
  weight: number;
}

/**
 * The language model of one or more bigram models, each backed by the lexicon, mixed
 * log-linearly: a text's score is the weighted sum of each model's best-segmentation score. Two
 * models trained on different corpora disagree on their noise and agree on real slips.
 */
export function createLanguageModel(
  lexicon: Lexicon,
  parts: readonly WeightedNgramModel[],
): LanguageModel {
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  if (parts.length === 0 || parts.some((p) => !(p.weight > 0)) || Math.abs(total - 1) > 1e-9)
    throw new Error('language model weights must be positive and sum to 1');
  const K = parts.length;
  const ngrams = parts.map((p) => p.ngram);
  const weights = parts.map((p) => p.weight);

  const { table, wordIds, wordLogps, charIds, charLogps, heads, masks } = buildWordLookup(
    lexicon,
    ngrams,
  );
  const lengthsAt = (text: string, p: number) => {
    const e = heads.find(pairKey(text.charCodeAt(p), text.charCodeAt(p + 1)));
    return e < 0 ? 0 : masks[e]!;
  };

  // Viterbi lattices, one per model, reused between calls and grown on demand: per end position,
  // the states' previous-word ids and best scores. The states at a position depend only on the
  // text before it, so those of the previous call's text stay valid up to the prefix it shares
  // with this one — callers score one stretch with each candidate replacement in turn, all
  // sharing what precedes it. Only words that end past the shared prefix are (re)visited, in the
  // same order as in a fresh pass, so every state gets the same value.
  let capacity = 0;
  let ids: Int32Array[] = [];
  let scores: Float64Array[] = [];
  let counts: Int32Array[] = [];
  let lastText = '';
  const ensure = (n: number) => {
    if (n + 1 <= capacity) return;
    capacity = 2 * (n + 1);
    ids = ngrams.map(() => new Int32Array(capacity * MAX_STATES));
    scores = ngrams.map(() => new Float64Array(capacity * MAX_STATES));
    counts = ngrams.map(() => new Int32Array(capacity));
    lastText = '';
  };

  /** Extends model m's lattice by the word (id, logp) from position p to p + len. */
  const step = (m: number, p: number, len: number, id: number, logp: number) => {
    const ngram = ngrams[m]!;
    const stateIds = ids[m]!;
    const stateScores = scores[m]!;
    const stateCounts = counts[m]!;
    const from = p * MAX_STATES;
    const fromCount = stateCounts[p]!;
    let best = -Infinity;
    for (let k = 0; k < fromCount; k++) {
      const prev = stateIds[from + k]!;
      const lp = id >= 0 ? (prev >= 0 ? ngram.bigram(prev, id) : ngram.unigram(id)) : logp;
      const sc = stateScores[from + k]! + lp;
      if (sc > best) best = sc;
    }
    const to = (p + len) * MAX_STATES;
    const toCount = stateCounts[p + len]!;
    let at = 0;
    while (at < toCount && stateIds[to + at] !== id) at++;
    if (at === toCount) {
      stateIds[to + at] = id;
      stateScores[to + at] = best;
      stateCounts[p + len] = toCount + 1;
    } else if (best > stateScores[to + at]!) stateScores[to + at] = best;
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
      for (let m = 0; m < K; m++) {
        counts[m]!.fill(0, shared + 1, n + 1);
        ids[m]![0] = -1;
        scores[m]![0] = 0;
        counts[m]![0] = 1;
      }
      for (let p = Math.max(0, shared - MAX_WORD_LENGTH); p < n; p++) {
        // Bit 1 stands for the single character, always looked at.
        const lengths = 2 | (p + 1 < n ? lengthsAt(text, p) : 0);
        // Words are at most MAX_WORD_LENGTH long, so the highest bit bounds the loop.
        const longest = Math.min(31 - Math.clz32(lengths), n - p);
        let hash = EMPTY_HASH;
        for (let len = 1; len <= longest; len++) {
          hash = extendHash(hash, text.charCodeAt(p + len - 1));
          if ((lengths & (1 << len)) === 0 || p + len <= shared) continue;
          if (len === 1) {
            const at = text.charCodeAt(p) * K;
            for (let m = 0; m < K; m++) step(m, p, 1, charIds[at + m]!, charLogps[at + m]!);
            continue;
          }
          const w = table.find(text, p, len, hash);
          if (w < 0) continue;
          for (let m = 0; m < K; m++) {
            const id = wordIds[w * K + m]!;
            if (id !== NOT_A_WORD) step(m, p, len, id, wordLogps[w * K + m]!);
          }
        }
      }
      let mixed = 0;
      for (let m = 0; m < K; m++) {
        let result = -Infinity;
        const base = n * MAX_STATES;
        for (let k = 0; k < counts[m]![n]!; k++) result = Math.max(result, scores[m]![base + k]!);
        mixed += weights[m]! * result;
      }
      return mixed;
    },
  };
}

/**
 * The look-up tables of the words the lexicon or any of the models knows. Built in a function of
 * its own so that the strings and maps it builds from are not kept alive by the scorer's closures.
 */
function buildWordLookup(lexicon: Lexicon, ngrams: readonly NgramModel[]) {
  const K = ngrams.length;
  // One table of every word the lexicon or any model knows. Per word and model: the n-gram id
  // (-1 if the model lacks it, NOT_A_WORD if the lexicon lacks it too) and its log probability
  // for that model (used when the id is -1).
  const index = new Map<string, number>();
  const words: string[] = [];
  const add = (word: string) => {
    let w = index.get(word);
    if (w === undefined) {
      w = words.length;
      index.set(word, w);
      words.push(word);
    }
    return w;
  };
  for (const [word] of lexicon.entries()) if (word.length <= MAX_WORD_LENGTH) add(word);
  const lexiconWords = words.length;
  ngrams.forEach((ngram) =>
    ngram.vocab.forEach((word, id) => {
      if (id !== 0 && word.length <= MAX_WORD_LENGTH) add(word);
    }),
  );
  const wordIds = new Int32Array(words.length * K).fill(NOT_A_WORD);
  const wordLogps = new Float64Array(words.length * K).fill(UNKNOWN_CHAR_LOGP);
  for (let w = 0; w < lexiconWords; w++) {
    const logp = lexicon.logProb(words[w]!) - LEXICON_ONLY_PENALTY;
    for (let m = 0; m < K; m++) {
      wordIds[w * K + m] = -1;
      wordLogps[w * K + m] = logp;
    }
  }
  // A word listed twice in a vocabulary takes its last id.
  ngrams.forEach((ngram, m) =>
    ngram.vocab.forEach((word, id) => {
      if (id !== 0 && word.length <= MAX_WORD_LENGTH) wordIds[index.get(word)! * K + m] = id;
    }),
  );
  const table = buildWordTable(words);
  // Single characters, looked up at every position, are read from tables per UTF-16 code and
  // model: the n-gram id and the log probability, as for a word (-1 and UNKNOWN_CHAR_LOGP when
  // unknown).
  const charIds = new Int32Array(0x10000 * K).fill(-1);
  const charLogps = new Float64Array(0x10000 * K).fill(UNKNOWN_CHAR_LOGP);
  words.forEach((word, w) => {
    if (word.length !== 1) return;
    const at = word.charCodeAt(0) * K;
    for (let m = 0; m < K; m++) {
      if (wordIds[w * K + m] === NOT_A_WORD) continue;
      charIds[at + m] = wordIds[w * K + m]!;
      charLogps[at + m] = wordLogps[w * K + m]!;
    }
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
  return { table, wordIds, wordLogps, charIds, charLogps, heads, masks };
}
