// Scoring with a stored classifier model: every sentence of a text gets one score per gate.
import type { Gate } from '../finding.ts';
import type { ClassifierModel } from './model.ts';
import { NgramTrie, thousandths, WEIGHT_SCALE } from './ngram-trie.ts';
import { SentencePoints } from './sentence-points.ts';
import { sentenceSpans } from './sentences.ts';

export interface ClassifierHit {
  gate: Gate;
  /** UTF-16 offsets of the flagged sentence in the input. */
  start: number;
  end: number;
  /** Log-odds of the sentence for the gate; at least the gate's threshold less its `below`. */
  score: number;
}

export interface Classifier {
  /**
   * Sentences whose score for a gate reaches that gate's threshold, less the gate's `below` (a gate
   * whose flags a second test may confirm is reported a little under its threshold too).
   */
  classify(input: string): ClassifierHit[];
  /** Log-odds of one sentence, one per gate in `model.gates` order. */
  scoreSentence(sentence: string): number[];
}

export function createClassifier(
  model: ClassifierModel,
  below: Partial<Record<Gate, number>> = {},
): Classifier {
  const { min, max } = model.ngram;
  const floors = model.gates.map((gate, g) => model.thresholds[g]! - (below[gate] ?? 0));
  const width = model.bias.length;
  const trie = new NgramTrie(model.weights, min, max, width);
  const sentence = new SentencePoints();
  /** Scores of the sentence last scored, in thousandths: integer sums, so exact. */
  const scores = new Int32Array(width);
  const bias = Int32Array.from(model.bias, (b) => thousandths(b, '(bias)'));
  /**
   * The sentence's n-grams level by level: row n - 1 holds, per start point, the node of the n-gram
   * of n points there (0 when the model has none). Row 0 is the points' symbols.
   */
  let levels = new Int32Array(0);
  // Each distinct n-gram counts once per sentence: the nodes counted in it are kept in a small
  // open-addressing set, cleared per sentence, that stays in the first-level cache.
  let counted = new Int32Array(64);
  /** The sentence's part of `counted`, less one: a power of two at least twice its nodes. */
  let countedMask = 63;

  /** Whether `node` was not yet counted in this sentence; counts it. */
  const firstTime = (node: number): boolean => {
    const mask = countedMask;
    for (let slot = (Math.imul(node, 0x9e3779b1) >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const stored = counted[slot]!;
      if (stored === node) return false;
      if (stored === 0) {
        counted[slot] = node;
        return true;
      }
    }
  };

  /**
   * Scores `input[start … end)` into `scores`. Each row of n-grams is found from the row before in
   * one loop whose look-ups do not depend on each other, so that the processor fetches the table's
   * records for many start points at once: the table is larger than the caches, and a walk down the
   * trie from one start point at a time waited for each record in turn.
   */
  const score = (input: string, start: number, end: number): void => {
    sentence.read(input, start, end);
    const { points, length } = sentence;
    if (levels.length < max * length) levels = new Int32Array(2 * max * length);
    for (let i = 0; i < length; i++) levels[i] = trie.symbolOf(points[i]!);
    for (let n = 2; n <= max; n++) {
      const row = (n - 1) * length;
      const above = row - length;
      for (let i = 0; i + n <= length; i++) {
        const parent = levels[above + i]!;
        levels[row + i] = parent === 0 ? 0 : trie.child(parent, levels[i + n - 1]!);
      }
    }
    // At most (max - min + 1) nodes per point, in a set at most half full.
    let size = 64;
    while (size < 2 * (max - min + 1) * length) size *= 2;
    if (counted.length < size) counted = new Int32Array(size);
    else counted.fill(0, 0, size);
    countedMask = size - 1;
    scores.set(bias);
    for (let n = Math.max(min, 1); n <= max; n++) {
      const row = (n - 1) * length;
      for (let i = 0; i + n <= length; i++) {
        const node = levels[row + i]!;
        if (node !== 0 && firstTime(node)) trie.addWeights(node, scores);
      }
    }
  };

  return {
    scoreSentence(text) {
      score(text, 0, text.length);
      return Array.from(scores, (s) => s / WEIGHT_SCALE);
    },
    classify(input) {
      const hits: ClassifierHit[] = [];
      for (const { start, end } of sentenceSpans(input)) {
        score(input, start, end);
        model.gates.forEach((gate, g) => {
          const value = scores[g]! / WEIGHT_SCALE;
          if (value >= floors[g]!) hits.push({ gate, start, end, score: value });
        });
      }
      return hits;
    },
  };
}
