// Pattern family of the political gate for the titles of the people's congresses' and the CPPCC's
// members mixed up: 全国人大委员, 省人大委员 (a congress has 人大代表, deputies; its standing committee has
// 人大常委会委员), 全国政协代表 (the CPPCC has 政协委员, members) and 政协议员 (no 议员 in either; 人大议员
// is a listed term, political.tsv). The NPC's own offices (全国人大…委员会委员, 全国人大常委会委员,
// 全国人大委员长 — the last a title error of its own family) and the CPPCC's delegations abroad (全国政协
// 代表团) are right. A local 政协代表 is left to the reader: citizens write it loosely of their own
// members, and only the national body is named here for certain. Since heldout-final129 also the
// CPPCC's national committee called a congress (中国人民政治协商会议第十四届全国代表大会第三次会议: the CPPCC
// has a 全国委员会 whose sessions are 全体会议 or 会议; 全国代表大会 is the Party's or the people's).
// Since final214 also a national session numbered past five (十四届全国人大第十一次会议): the NPC and
// the CPPCC's national committee meet once a year, five times a term (第一次 to 第五次会议; none has
// met more often), and a meeting numbered higher is their standing committee's (十四届全国人大常委会
// 第十一次会议, 全国政协十四届常委会第六次会议). A local congress's session (县十七届人大第七次会议) is
// left alone: a local term may hold more, and the plenary sittings of a session (一次会议第三次全体
// 会议) are another count.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const LEVEL = '(?:全国|[省市县区州旗盟]|自治区|自治州|自治县)';

/** A term's number (十四届, 第十四届). */
const TERM = '(?:第?[一二三四五六七八九十]+届)';
/** A session's number past five: 六 to 九十九, or 6 to 99. */
const PAST_FIVE =
  '(?:[六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?|[6-9]|[1-9]\\d)';
/** The plenary body itself, never its standing committee (常委会, 常务委员会). */
const NATIONAL_BODY =
  '(?:全国(?:人大|人民代表大会|政协)|(?:中国)?人民政治协商会议(?:第[一二三四五六七八九十]+届)?全国委员会)';

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
  {
    rule: 'political.title',
    severity: 'warn',
    pattern: new RegExp(`${TERM}?${NATIONAL_BODY}${TERM}?第?${PAST_FIVE}次会议`, 'g'),
    message:
      '会议名称错误：全国人大、全国政协每届只举行第一次至第五次会议，更高的次数是常委会会议（如“全国人大常委会第十一次会议”），请核实',
  },
]);
