// The context window of a replacement: a few characters each side, within the clause.
import { describe, expect, it } from 'vitest';
import { clauseWindow } from './clause-window.ts';

describe('a clause window', () => {
  it('reaches the given number of characters each side', () => {
    expect(clauseWindow('甲乙丙丁戊己庚辛', 3, 5, 2)).toEqual([1, 7]);
  });

  it('stops at a clause break and at the ends of the text', () => {
    expect(clauseWindow('甲，乙丙丁。戊', 2, 3, 3)).toEqual([2, 5]);
    expect(clauseWindow('乙丙丁', 1, 2, 3)).toEqual([0, 3]);
  });
});
