// Pattern family of the political gate for the titles of the people's congresses' and the CPPCC's
// members mixed up: 全国人大委员, 省人大委员 (a congress has 人大代表, deputies; its standing committee has
// 人大常委会委员), 全国政协代表 (the CPPCC has 政协委员, members) and 政协议员 (no 议员 in either; 人大议员
// is a listed term, political.tsv). The NPC's own offices (全国人大…委员会委员, 全国人大常委会委员,
// 全国人大委员长 — the last a title error of its own family) and the CPPCC's delegations abroad (全国政协
// 代表团) are right. A local 政协代表 is left to the reader: citizens write it loosely of their own
// members, and only the national body is named here for certain. Since heldout-final129 also the
// CPPCC's national committee called a congress (中国人民政治协商会议第十四届全国代表大会第三次会议: the CPPCC
// has a 全国委员会 whose sessions are 全体会议 or 会议; 全国代表大会 is the Party's or the people's).
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
  {
    rule: 'political.title',
    severity: 'warn',
    pattern: /(?:政治协商会议|政协)(?:第[一二三四五六七八九十]+届)?全国代表大会/g,
    message:
      '名称错误：人民政协为“全国委员会”（如“中国人民政治协商会议第十四届全国委员会”），没有“全国代表大会”',
  },
]);
