// 截止 takes no object, 截至 takes a time: cases as a table.
import { describe, expect, it } from 'vitest';
import { jiezhiRule } from './jiezhi-rule.ts';

const CASES: Array<[string, string[]]> = [
  ['截止2024年底完成整改。', ['截至']],
  ['截止目前共受理申请120件。', ['截至']],
  ['截止到2024年底完成整改。', []],
  ['截至2024年底完成整改。', []],
  ['报名截止日期为5月1日。', []],
  ['报名于5月1日截止。', []],
  ['报名将于本月底截至。', ['截止']],
  ['请在截至日期前提交。', ['截止']],
];

describe('the 截止/截至 rule', () => {
  it.each(CASES)('on “%s” suggests %j', (text, suggestions) => {
    expect(jiezhiRule(text).map((f) => f.suggestion)).toEqual(suggestions);
  });
});
