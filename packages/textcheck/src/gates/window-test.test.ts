import { describe, expect, it } from 'vitest';
import { testWindow } from './window-test.ts';

describe('testWindow', () => {
  const warning = /(?:民警|警方)(?:再次)?提醒|十赌九输|(?<!不)属于违法行为/;

  it('answers as re.test does, with and without the required literals', () => {
    for (const window of [
      '民警再次提醒广大群众',
      '警方提醒：十赌九输',
      '这不属于违法行为',
      '该行为属于违法行为',
      '今天天气晴朗',
      '',
    ])
      expect(testWindow(warning, window)).toBe(warning.test(window));
  });

  it('runs an expression with no required literal as it is', () => {
    expect(testWindow(/[\u4e00-\u9fff]{2}/, '中文')).toBe(true);
    expect(testWindow(/[\u4e00-\u9fff]{2}/, 'ab')).toBe(false);
  });

  it('refuses a global expression, whose test would move on', () => {
    expect(() => testWindow(/提醒/g, '提醒')).toThrow(TypeError);
  });
});
