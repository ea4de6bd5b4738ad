// Pair counts agree with a plain count of the text's adjacent pairs, text after text.
import { describe, expect, it } from 'vitest';
import { createPairCounts } from './pair-counts.ts';

const naive = (text: string, at: number) => {
  let n = 0;
  for (let k = 0; k + 1 < text.length; k++)
    if (text.slice(k, k + 2) === text.slice(at, at + 2)) n++;
  return n;
};

describe('pair counts', () => {
  it('count every pair of the text last reset, across longer and shorter texts', () => {
    const counts = createPairCounts();
    const long = '爱奇艺发布会上，爱奇艺宣布'.repeat(40) + 'ab\u4e00\u4e00\u4e00';
    for (const text of ['爱奇艺和爱奇艺', long, '人民政府', 'aa', '爱奇艺和爱奇艺']) {
      counts.reset(text);
      for (let at = 0; at + 1 < text.length; at++)
        expect(counts.countAt(text, at)).toBe(naive(text, at));
    }
  });

  it('forget the previous text', () => {
    const counts = createPairCounts();
    counts.reset('人民人民人民');
    counts.reset('政府');
    expect(counts.countAt('人民', 0)).toBe(0);
    expect(counts.countAt('政府', 0)).toBe(1);
  });
});
