import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../matcher/index.ts';
import { buildReachLiterals, literalsOf } from './reach-literals.ts';

describe('reach literals', () => {
  const lists = [['反诈', '诈骗分子'], ['分子', '提醒'], null];
  const reach = buildReachLiterals(lists);
  const text = '谨防诈骗分子，反诈中心提醒：这不是演习。';

  it('tells which lists occur wholly inside each reach, overlapping occurrences included', () => {
    for (let from = 0; from <= text.length; from++)
      for (let to = from; to <= text.length; to++) {
        const expected = lists.reduce<number>((bits, list, i) => {
          const present = !list || buildMatcher(list).findAll(text.slice(from, to)).length > 0;
          return present ? bits | (1 << i) : bits;
        }, 0);
        expect(reach.within(text, from, to)).toBe(expected);
      }
  });

  it('starts afresh on another text', () => {
    expect(reach.within('反诈宣传', 0, 4)).toBe(0b101);
    expect(reach.within('宣传标语', 0, 4)).toBe(0b100);
  });

  it('leaves out the occurrences its drop rule disqualifies, from their lists only', () => {
    const invited = buildReachLiterals([['广大市民'], ['广大市民']], (t, start) =>
      t.slice(Math.max(0, start - 2), start) === '欢迎' ? 1 : 0,
    );
    expect(invited.within('欢迎广大市民参加', 0, 8)).toBe(0b10);
    expect(invited.within('提醒广大市民注意', 0, 8)).toBe(0b11);
  });

  it('takes the literals a plain expression needs, and refuses a global one', () => {
    expect(literalsOf(/民警提醒|十赌九输/)).toEqual(
      expect.arrayContaining(['民警提醒', '十赌九输']),
    );
    expect(literalsOf(/[\u4e00-\u9fff]{2}/)).toBeNull();
    expect(() => literalsOf(/提醒/g)).toThrow(TypeError);
  });
});
