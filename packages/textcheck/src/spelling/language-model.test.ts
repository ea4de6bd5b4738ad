// The language model prefers the segmentation with known, likely word pairs.
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
const lm = createLanguageModel(parseLexicon('人民\t100\n政府\t100\n'), ngram);

describe('the language model', () => {
  it('scores a correct phrase far above its typo', () => {
    expect(lm.score('人民政府') - lm.score('人民正府')).toBeGreaterThan(5);
  });

  it('uses the bigram when both words are known', () => {
    expect(lm.score('人民政府')).toBeCloseTo(-2 + -0.5, 1);
  });

  it('scores a text the same whatever was scored before (the lattice is reused)', () => {
    const texts = ['人民政府', '人民正府', '人民政', '人民政府人民', '正人民政府', '人民政府'];
    const fresh = texts.map((t) =>
      createLanguageModel(parseLexicon('人民\t100\n政府\t100\n'), ngram).score(t),
    );
    expect(texts.map((t) => lm.score(t))).toEqual(fresh);
    expect([...texts].reverse().map((t) => lm.score(t))).toEqual([...fresh].reverse());
  });
});
