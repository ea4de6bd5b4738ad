// The language model prefers the segmentation with known, likely word pairs; a mix of bigram
// models scores a text as the weighted sum of what each model alone gives it.
import { describe, expect, it } from 'vitest';
import { createLanguageModel } from './language-model.ts';
import { parseLexicon } from './lexicon.ts';
import {
  decodeNgramModel,
  encodeNgramModel,
  quantizeBackoff,
  quantizeLogProb,
} from './ngram-model.ts';

const ngram = decodeNgramModel(
  encodeNgramModel({
    vocab: ['<s>', '人民', '政府', '正'],
    uniLogp: Uint8Array.from([-1, -2, -2, -3].map(quantizeLogProb)),
    uniBow: Int8Array.from([0, -1, -1, -1].map(quantizeBackoff)),
    bigrams: [{ w1: 1, w2: 2, q: quantizeLogProb(-0.5) }],
  }),
);
/** A second model with words of its own (正府 is a word only here, 民政 only in the lexicon). */
const other = decodeNgramModel(
  encodeNgramModel({
    vocab: ['<s>', '正府', '人', '政府', '人民'],
    uniLogp: Uint8Array.from([-1, -2.5, -1.5, -2.2, -2.4].map(quantizeLogProb)),
    uniBow: Int8Array.from([0, -0.5, -0.3, -0.4, -0.2].map(quantizeBackoff)),
    bigrams: [
      { w1: 2, w2: 1, q: quantizeLogProb(-0.7) },
      { w1: 4, w2: 3, q: quantizeLogProb(-0.3) },
    ],
  }),
);
const lexicon = () => parseLexicon('人民\t100\n政府\t100\n民政\t30\n');
const lm = createLanguageModel(lexicon(), [{ ngram, weight: 1 }]);
const TEXTS = ['人民政府', '人民正府', '人民政', '人民政府人民', '正人民政府', '人正府', '民政'];

describe('the language model', () => {
  it('scores a correct phrase far above its typo', () => {
    expect(lm.score('人民政府') - lm.score('人民正府')).toBeGreaterThan(5);
  });

  it('uses the bigram when both words are known', () => {
    expect(lm.score('人民政府')).toBeCloseTo(-2 + -0.5, 1);
  });

  it('scores a text the same whatever was scored before (the lattice is reused)', () => {
    const fresh = TEXTS.map((t) => createLanguageModel(lexicon(), [{ ngram, weight: 1 }]).score(t));
    expect(TEXTS.map((t) => lm.score(t))).toEqual(fresh);
    expect([...TEXTS].reverse().map((t) => lm.score(t))).toEqual([...fresh].reverse());
  });
});

describe('a mix of language models', () => {
  const alone = (model: typeof ngram) =>
    createLanguageModel(lexicon(), [{ ngram: model, weight: 1 }]);
  const mixed = createLanguageModel(lexicon(), [
    { ngram, weight: 0.75 },
    { ngram: other, weight: 0.25 },
  ]);

  it('scores a text as the weighted sum of each model’s own best segmentation', () => {
    const first = alone(ngram);
    const second = alone(other);
    for (const t of [...TEXTS, ...[...TEXTS].reverse()]) {
      expect(mixed.score(t)).toBeCloseTo(0.75 * first.score(t) + 0.25 * second.score(t), 12);
    }
  });

  it('lets each model read only the words it or the lexicon knows', () => {
    // 正府 is a word for the second model only: the first scores it as two characters.
    expect(alone(other).score('人正府')).toBeGreaterThan(alone(ngram).score('人正府') + 5);
  });

  it('rejects weights that are not positive or do not sum to 1', () => {
    expect(() => createLanguageModel(lexicon(), [])).toThrow(/sum to 1/);
    expect(() => createLanguageModel(lexicon(), [{ ngram, weight: 0.5 }])).toThrow(/sum to 1/);
    expect(() =>
      createLanguageModel(lexicon(), [
        { ngram, weight: 1.5 },
        { ngram: other, weight: -0.5 },
      ]),
    ).toThrow(/positive/);
  });
});
