// Property: for any text or markup, check never throws and every finding points at a non-empty
// span inside the input as given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChecker } from './check.ts';

const checker = createChecker();
const PIECES = [
  '中',
  '国',
  '台湾',
  '香港',
  '国家',
  '冰毒',
  '加',
  'V',
  '信',
  '全网最低价',
  '，',
  ',',
  '。',
  '！',
  '“',
  '”',
  '（',
  ')',
  ' ',
  '-',
  '\n',
  '&amp;',
  '&#x4e2d;',
  '<p>',
  '</p>',
  '<div style="display:none">',
  '</div>',
  '<a href="http://www.bbexe.cn">',
  '</a>',
  '<title>',
  '</title>',
  '<',
  '>',
  '13912345678',
  '11010519491231002X',
  '国办发[2018]1号',
  '来源：',
  '网络',
  '𠀋',
  '😀',
];
const input = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('check on arbitrary input', () => {
  it('returns spans that slice a text to the excerpt', () => {
    fc.assert(
      fc.property(input, (text) => {
        for (const f of checker.check({ text }).findings)
          expect(text.slice(f.start, f.end)).toBe(f.excerpt);
      }),
      { numRuns: 300 },
    );
  });

  it('returns non-empty spans inside an HTML page', () => {
    fc.assert(
      fc.property(input, (html) => {
        for (const f of checker.check({ html }).findings) {
          expect(0 <= f.start && f.start < f.end && f.end <= html.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
