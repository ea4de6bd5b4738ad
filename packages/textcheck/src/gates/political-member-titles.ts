// Pattern family of the political gate for the titles of the people's congresses' and the CPPCC's
// members mixed up: 全国人大委员, 省人大委员 (a congress has 人大代表, deputies; its standing committee has
// 人大常委会委员), 全国政协代表 (the CPPCC has 政协委员, members) and 政协议员 (no 议员 in either; 人大议员
// is a listed term, political.tsv). The NPC's own offices (全国人大…委员会委员, 全国人大常委会委员,
// 全国人大委员长 — the last a title error of its own family) and the CPPCC's delegations abroad (全国政协
// 代表团) are right. A local 政协代表 is left to the reader: citizens write it loosely of their own
// members, and only the national body is named here for certain.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const LEVEL = '(?:全国|[省市县区州旗盟]|自治区|自治州|自治县)';

export const MEMBER_TITLE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'political.title',
    severity: 'warn',
    pattern: new RegExp(
      `${LEVEL}(?:人大|人民代表大会)委员(?![会长])|全国政协代表(?![团队处])|政协议员`,
      'g',
    ),
    message:
      '称谓错误：人大组成人员称“人大代表”（常委会组成人员称“人大常委会委员”），政协组成人员称“政协委员”',
  },
]);
