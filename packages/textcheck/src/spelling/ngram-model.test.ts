// The compact bigram format: what is encoded is what a decoder reads back, within quantisation.
import { describe, expect, it } from 'vitest';
import {
  decodeNgramModel,
  encodeNgramModel,
  quantizeBackoff,
  quantizeLogProb,
} from './ngram-model.ts';

const model = decodeNgramModel(
  encodeNgramModel({
    vocab: ['<s>', '人民', '政府', '正府'],
    uniLogp: Uint8Array.from([-1, -2, -2.5, -6].map(quantizeLogProb)),
    uniBow: Int8Array.from([0, -0.5, -0.3, 0].map(quantizeBackoff)),
    bigrams: [{ w1: 1, w2: 2, q: quantizeLogProb(-0.4) }],
  }),
);

describe('a decoded n-gram model', () => {
  it('knows its words by id and unknown words as -1', () => {
    expect([model.id('人民'), model.id('政府'), model.id('国家')]).toEqual([1, 2, -1]);
  });

  it('returns a stored bigram’s probability', () => {
    expect(model.bigram(1, 2)).toBeCloseTo(-0.4, 1);
  });

  it('backs off to the back-off weight plus the unigram for an unseen pair', () => {
    expect(model.bigram(1, 3)).toBeCloseTo(-0.5 + -6, 1);
  });

  it('rejects bytes that are not a model', () => {
    expect(() => decodeNgramModel(new Uint8Array(32))).toThrow(/OGLM/);
  });

  it('answers a repeated question the same as the first time (answers are cached)', () => {
    const first = [model.bigram(1, 2), model.bigram(1, 3), model.bigram(2, 1)];
    for (let i = 0; i < 3; i++) {
      expect([model.bigram(1, 2), model.bigram(1, 3), model.bigram(2, 1)]).toEqual(first);
    }
  });
});
