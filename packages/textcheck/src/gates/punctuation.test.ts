// Half-width quotation marks around Chinese words inside Chinese are reported mark by mark with the
// full-width mark as the fix; quotes around Latin text, or with no Chinese beside them, stay.
import { describe, expect, it } from 'vitest';
import { findPunctuationErrors } from './punctuation.ts';

const quoteFixes = (text: string) =>
  findPunctuationErrors(text)
    .filter(
      (f) => f.rule === 'text.half-width-punctuation' && /["']/.test(text.slice(f.start, f.end)),
    )
    .map((f) => [f.start, f.suggestion]);

describe('half-width quotation marks', () => {
  it.each([
    [
      '我市持续深化"放管服"改革。',
      [
        [6, '“'],
        [10, '”'],
      ],
    ],
    [
      "请点击'立即办理'按钮。",
      [
        [3, '‘'],
        [8, '’'],
      ],
    ],
    [
      '已纳入"十三五"规划',
      [
        [3, '“'],
        [7, '”'],
      ],
    ],
  ])('reports each mark of %s', (text, expected) => {
    expect(quoteFixes(text)).toEqual(expected);
  });

  it.each(['请在输入框输入"OK"确认。', 'He said "hello" to me.', '“放管服”改革持续深化。'])(
    'leaves %s alone',
    (text) => {
      expect(quoteFixes(text)).toEqual([]);
    },
  );
});
