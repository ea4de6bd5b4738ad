// The mixed language model weighs its models' log scores and rejects weights that do not add up.
import { describe, expect, it } from 'vitest';
import type { LanguageModel } from './language-model.ts';
import { mixLanguageModels } from './mixed-language-model.ts';

const byLength = (perChar: number): LanguageModel => ({ score: (t) => perChar * t.length });

describe('mixLanguageModels', () => {
  it('scores a text as the weighted sum of the models’ scores', () => {
    const lm = mixLanguageModels([
      { model: byLength(-2), weight: 0.7 },
      { model: byLength(-4), weight: 0.3 },
    ]);
    expect(lm.score('人民政府')).toBeCloseTo(0.7 * -8 + 0.3 * -16, 10);
  });

  it('returns a lone model unchanged', () => {
    const model = byLength(-1);
    expect(mixLanguageModels([{ model, weight: 1 }])).toBe(model);
  });

  it('rejects weights that are not positive or do not sum to 1', () => {
    expect(() => mixLanguageModels([])).toThrow(/sum to 1/);
    expect(() => mixLanguageModels([{ model: byLength(-1), weight: 0.5 }])).toThrow(/sum to 1/);
    expect(() =>
      mixLanguageModels([
        { model: byLength(-1), weight: 1.5 },
        { model: byLength(-1), weight: -0.5 },
      ]),
    ).toThrow(/positive/);
  });
});
