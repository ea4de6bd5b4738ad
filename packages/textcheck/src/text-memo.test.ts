import { describe, expect, it } from 'vitest';
import { memoByText } from './text-memo.ts';

describe('memoByText', () => {
  it('computes a text once while it stays among the last ones asked about', () => {
    const asked: string[] = [];
    const length = memoByText((text) => {
      asked.push(text);
      return text.length;
    }, 2);
    expect([length('甲'), length('乙乙'), length('甲'), length('乙乙')]).toEqual([1, 2, 1, 2]);
    expect(asked).toEqual(['甲', '乙乙']);
    length('丙');
    length('甲');
    expect(asked).toEqual(['甲', '乙乙', '丙', '甲']);
  });
});
