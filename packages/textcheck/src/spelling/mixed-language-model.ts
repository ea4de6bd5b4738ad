// A log-linear mix of language models: a text's score is the weighted sum of the models' log10
// scores (a weighted geometric mean of their probabilities), each model segmenting on its own.
// Two models trained on different corpora disagree on their noise and agree on real slips.
import type { LanguageModel } from './language-model.ts';

export interface WeightedLanguageModel {
  model: LanguageModel;
  /** Share of this model in the mix; the weights sum to 1. */
  weight: number;
}

export function mixLanguageModels(parts: readonly WeightedLanguageModel[]): LanguageModel {
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  if (parts.length === 0 || parts.some((p) => !(p.weight > 0)) || Math.abs(total - 1) > 1e-9)
    throw new Error('language model weights must be positive and sum to 1');
  if (parts.length === 1) return parts[0]!.model;
  return {
    score(text: string): number {
      let score = 0;
      for (const { model, weight } of parts) score += weight * model.score(text);
      return score;
    },
  };
}
