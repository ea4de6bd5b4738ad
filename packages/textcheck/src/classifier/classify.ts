// Scoring with a stored classifier model: every sentence of a text gets one score per gate.
import type { Gate } from '../finding.ts';
import type { ClassifierModel } from './model.ts';
import { NgramTrie } from './ngram-trie.ts';
import { SentencePoints } from './sentence-points.ts';
import { sentenceSpans } from './sentences.ts';

export interface ClassifierHit {
  gate: Gate;
  /** UTF-16 offsets of the flagged sentence in the input. */
  start: number;
  end: number;
  /** Log-odds of the sentence for the gate; at least the gate's threshold. */
  score: number;
}

export interface Classifier {
  /** Sentences whose score for a gate reaches that gate's threshold. */
  classify(input: string): ClassifierHit[];
  /** Log-odds of one sentence, one per gate in `model.gates` order. */
  scoreSentence(sentence: string): number[];
}

export function createClassifier(model: ClassifierModel): Classifier {
  const { min, max } = model.ngram;
  const width = model.bias.length;
  const trie = new NgramTrie(model.weights, min, max, width);
  const { weights } = trie;
  const sentence = new SentencePoints();
  const scores = new Float64Array(width);
  /** Per point of the sentence: its symbol in the trie. */
  let symbols = new Int32Array(0);
  /** Per start point of the sentence: the node of the n-gram of the current length there, or 0. */
  let nodes = new Int32Array(0);
  // Each distinct n-gram counts once per sentence: it is counted when its stamp is not yet the
  // sentence's. Stamps are bytes, so that they stay in cache, and are cleared every 255 sentences.
  const stamps = new Uint8Array(trie.nodeCount);
  let stamp = 0;

  /** Scores `input[start … end)` into `scores`, adding weights in the order of ngramFeatures. */
  const score = (input: string, start: number, end: number): void => {
    sentence.read(input, start, end);
    const { points, length } = sentence;
    if (nodes.length < length) {
      symbols = new Int32Array(2 * length);
      nodes = new Int32Array(2 * length);
    }
    for (let i = 0; i < length; i++) symbols[i] = nodes[i] = trie.symbolOf(points[i]!);
    if (++stamp === 0x100) {
      stamps.fill(0);
      stamp = 1;
    }
    scores.set(model.bias);
    for (let n = 1; n <= max; n++) {
      if (n > 1)
        for (let i = 0; i + n <= length; i++)
          if (nodes[i] !== 0) nodes[i] = trie.child(nodes[i]!, symbols[i + n - 1]!);
      if (n < min) continue;
      for (let i = 0; i + n <= length; i++) {
        const node = nodes[i]!;
        if (node === 0 || stamps[node] === stamp) continue;
        stamps[node] = stamp;
        for (let g = 0; g < width; g++) scores[g]! += weights[node * width + g]!;
      }
    }
  };

  return {
    scoreSentence(text) {
      score(text, 0, text.length);
      return Array.from(scores);
    },
    classify(input) {
      const hits: ClassifierHit[] = [];
      for (const { start, end } of sentenceSpans(input)) {
        score(input, start, end);
        model.gates.forEach((gate, g) => {
          const value = scores[g]!;
          if (value >= model.thresholds[g]!) hits.push({ gate, start, end, score: value });
        });
      }
      return hits;
    },
  };
}
