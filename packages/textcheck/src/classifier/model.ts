// The stored form of the sentence classifier: per-gate logistic weights over character n-grams.
import type { Gate } from '../finding.ts';

export interface ClassifierModel {
  /** Where the weights come from and under which licence. */
  provenance: string;
  /** The gates scored, in the order of every weight array below. */
  gates: Gate[];
  /** Character n-gram lengths used as features, inclusive. */
  ngram: { min: number; max: number };
  /** Per gate: the intercept of its logistic model. */
  bias: number[];
  /** Per gate: a sentence is flagged when its score (log-odds) reaches this value. */
  thresholds: number[];
  /** N-gram → one weight per gate (0 where the gate has none). */
  weights: Record<string, number[]>;
}
