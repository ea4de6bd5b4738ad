import { describe, expect, it } from 'vitest';
import { codePoints } from './features.ts';
import { NgramTrie, WEIGHT_SCALE } from './ngram-trie.ts';

const weights = { 好: [1, 2], '好😀': [0.003], ab: [4, 5], abc: [6, -7.25], 长长长长: [9, 9] };
const trie = new NgramTrie(weights, 1, 3, 2);

const find = (text: string): number => {
  const [first, ...rest] = codePoints(text).map((p) => trie.symbolOf(p));
  return rest.reduce((node, symbol) => trie.child(node, symbol), first!);
};
const weightsOf = (node: number) => [0, 1].map((g) => trie.weightOf(node, g) / WEIGHT_SCALE);

describe('NgramTrie', () => {
  it('finds every n-gram of the model, with its weights (a missing one as 0)', () => {
    expect(weightsOf(find('好'))).toEqual([1, 2]);
    expect(weightsOf(find('好😀'))).toEqual([0.003, 0]);
    expect(weightsOf(find('abc'))).toEqual([6, -7.25]);
  });

  it('finds nothing for n-grams it does not hold or longer than max', () => {
    expect(find('ba')).toBe(0);
    expect(find('长长')).toBe(0);
    expect(trie.symbolOf('x'.codePointAt(0)!)).toBe(0);
  });

  it('refuses a weight that is no whole thousandth or beyond two bytes', () => {
    expect(() => new NgramTrie({ 好: [0.0005] }, 1, 3, 1)).toThrow(/thousandth/);
    expect(() => new NgramTrie({ 好: [40] }, 1, 3, 1)).toThrow(/thousandth/);
  });

  it('gives a prefix that is no n-gram of the model weights of 0', () => {
    expect(find('a')).not.toBe(0);
    expect(weightsOf(find('a'))).toEqual([0, 0]);
  });
});
