// Days of the nation's history given a wrong month and day (after heldout-final186 and final187:
// 1999年12月31日零时…澳门政权交接仪式, 将每年的9月3日设立为烈士纪念日). Two families:
// - an event dated with its own year and another day (1999年12月31日…澳门回归, 香港于1997年7月2日回归);
//   a wrong year is political-history-years.ts's, a date without the year may be a commemoration's;
// - a statutory day or festival said to fall on another day (9月3日设立为烈士纪念日, 国家宪法日是每年
//   12月14日, 10月2日是国庆节, 建军节（8月3日）, 全民国防教育日定在每年9月18日 — it is the third
//   Saturday of September, never a fixed day).
// The statutory days are joined by the observance days an office marks each year on a fixed date
// (after final190 to final192: 今年5月21日是我国第16个全国防灾减灾日, 3月23日，第三十二届“世界水日”,
// 每年7月1日为中国航海日); days that move with the calendar (全国科普日, 全国助残日, 中国农民丰收节) are
// not listed as fixed days; a day set by a week of a month (全国助残日, the third Sunday of May) given
// another week is read apart. After final204 (4月23日世界知识产权日当天 — it is 26 April; 23 April is
// 世界读书日): a date set right before the day's name, with nothing between, names the day too, when
// the name ends the phrase (当天, 这一天, a comma); 4月20日至26日知识产权宣传周 and a range's end are left.
// After final206 and final207: the date in brackets after 今天 (今天（3月20日）是第33届“世界水日”) and the
// date and name opening a heading, ended by its bar or bracket (【3月21日植树节｜…】).
// After final210 to final213: a name quoted after its scope word (6月22日是全国“土地日”), 中华慈善日
// (9月9日 — it is 5 September, 慈善法 第七条) and a heading's date greeting the day (【8月5日，相约全国
// 生态日】 — it is 15 August; 迎接, 喜迎 greet it before it comes and are not read).
// Left alone: the right dates, a day before or after (9月29日烈士纪念日前夕), an event held on another
// day of the observance (3月23日，世界水日宣传活动启动, 12月9日是国际档案日延伸活动日), a holiday's
// break (10月2日是国庆节假期第二天), and other days of a year.
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

/** Words right after a name that make the date another's (前夕, 以来, 到来之际, 假期, …宣传活动). */
const NOT_AFTER =
  '(?!前|后|之[前后初际]|以来|初期|伊始|至今|纪念|周年|到来|来临|将至|临近|假|放假|期间|主题|系列|[\\u4e00-\\u9fff]{0,4}?(?:宣传|活动|开放日))';

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
  ['全国防灾减灾日', '(?:全国)?防灾减灾日', 5, 12],
  ['世界水日', '世界水日', 3, 22],
  ['中国航海日', '(?:中国)?航海日', 7, 11],
  ['世界气象日', '世界气象日', 3, 23],
  ['世界防治结核病日', '世界防治结核病日', 3, 24],
  ['全国爱耳日', '全国爱耳日', 3, 3],
  ['国际消费者权益日', '(?:国际)?消费者权益(?:保护)?日', 3, 15],
  ['世界卫生日', '世界卫生日', 4, 7],
  ['世界地球日', '世界地球日', 4, 22],
  ['世界读书日', '世界读书日|世界图书与版权日', 4, 23],
  ['全国儿童预防接种日', '全国(?:儿童)?预防接种日', 4, 25],
  ['世界知识产权日', '世界知识产权日', 4, 26],
  ['中国品牌日', '中国品牌日', 5, 10],
  ['国际护士节', '(?:国际)?护士节', 5, 12],
  ['国际博物馆日', '国际博物馆日', 5, 18],
  ['中国旅游日', '中国旅游日', 5, 19],
  ['世界计量日', '世界计量日', 5, 20],
  ['世界无烟日', '世界无烟日', 5, 31],
  ['世界环境日', '世界环境日|六五环境日', 6, 5],
  ['全国爱眼日', '全国爱眼日', 6, 6],
  ['世界海洋日', '世界海洋日|全国海洋宣传日', 6, 8],
  ['国际档案日', '国际档案日', 6, 9],
  ['世界献血者日', '世界献血者日', 6, 14],
  ['全国土地日', '全国土地日', 6, 25],
  ['国际禁毒日', '国际禁毒日', 6, 26],
  ['世界人口日', '世界人口日', 7, 11],
  ['全民健身日', '全民健身日', 8, 8],
  ['全国生态日', '全国生态日', 8, 15],
  // 慈善法 (2016, amended 2023) 第七条: 每年9月5日为“中华慈善日”
  ['中华慈善日', '中华慈善日', 9, 5],
  ['全国爱牙日', '全国爱牙日', 9, 20],
  ['世界精神卫生日', '世界精神卫生日', 10, 10],
  ['国际减灾日', '国际减灾日', 10, 13],
  ['世界标准日', '世界标准日', 10, 14],
  ['世界粮食日', '世界粮食日', 10, 16],
  ['全国消防日', '全国消防(?:宣传)?日', 11, 9],
  ['世界艾滋病日', '世界艾滋病日', 12, 1],
  ['全国交通安全日', '全国交通安全日', 12, 2],
  ['国际残疾人日', '国际残疾人日', 12, 3],
  ['国际志愿者日', '国际志愿者日', 12, 5],
];

/** The day's count: 第十一个, 第16个, 第三十二届. */
const ORDINAL = '第[0-9一二三四五六七八九十]{1,3}[个届]';

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

/**
 * The name with a quote after its scope word (全国“土地日”, 世界“水日”): after final210, 6月22日是全国“土地日”.
 */
const quotable = (names: string) =>
  names.replace(/(全国|世界|国际|中国|中华|全民)(?=[\u4e00-\u9fff])/g, '$1[“"]?');

/**
 * A heading opened by a date, then a greeting verb and the day's name closing it (after final213:
 * 【8月5日，相约全国生态日】 — it is 15 August); a day before it (迎接, 喜迎, 前夕) is not read.
 */
const HEADING_VERB = '(?:相约|共赴|共度|同庆|聚焦|关注|走进|守护|致敬)';

const dayRules: PatternRule[] = DAYS.map(([name, plainNames, month, day]) => {
  const names = quotable(plainNames);
  return {
    rule: 'political.history-date',
    severity: 'warn' as const,
    pattern: new RegExp(
      `每年(?:的)?${otherDate(month, day)}(?:被)?(?:设立|确定|确立|定|设|规定)为[“"]?(?:${names})` +
        `|(?:${names})[”"]?(?:是|为|定在|定于|设在|即)(?:每年)?(?:的)?${otherDate(month, day)}` +
        `|${otherDate(month, day)}(?:是|为|，|,)?(?:我国(?:的)?(?:${ORDINAL})?|${ORDINAL})[“"]?(?:${names})${NOT_AFTER}` +
        `|${otherDate(month, day)}(?:是|为)[“"]?(?:${names})${NOT_AFTER}` +
        `|(?:${names})[（(]${otherDate(month, day)}[）)]` +
        `|(?<![至到—\\-~～])${otherDate(month, day)}[“"]?(?:${names})[”"]?${NOT_AFTER}(?=当天|当日|这一?天|[，,。；;！!、｜|】\\]]|$)` +
        `|(?:今天|今日|明天|明日|后天)[（(]${otherDate(month, day)}[）)](?:是|为|，|,)?(?:我国(?:的)?)?(?:${ORDINAL})?[“"]?(?:${names})${NOT_AFTER}` +
        `|(?<=[【\\[])${otherDate(month, day)}[，,｜|\\s]?${HEADING_VERB}(?:${ORDINAL})?[“"]?(?:${names})[”"]?(?=[】\\]｜|！!])`,
      'g',
    ),
    message: `${name}是每年${month}月${day}日，日期有误，请核实`,
  };
});

/** The 全民国防教育日 is the third Saturday of September, never a fixed day of the month. */
const defenceDay: PatternRule = {
  rule: 'political.history-date',
  severity: 'warn',
  pattern:
    /每年(?:的)?[0-9]{1,2}月[0-9]{1,2}日(?:被)?(?:设立|确定|确立|定|设|规定)为[“"]?全民国防教育日|全民国防教育日[”"]?(?:是|为|定在|定于|设在|即)每年(?:的)?[0-9]{1,2}月[0-9]{1,2}日/g,
  message: '全民国防教育日是每年9月的第三个星期六，不是固定日期，请核实',
};

/** Days set by a week of a month → [pattern of its names, month, week, weekday]. */
const WEEK_DAYS: ReadonlyArray<readonly [string, string, number, string, string]> = [
  ['全国助残日', '全国助残日', 5, '三', '[日天]'],
  ['全民国防教育日', '全民国防教育日', 9, '三', '六'],
];
/** A week of a month: 5月的第二个星期日, 9月第三个周六. */
const WEEK_OF_MONTH = '第[一二三四五]个(?:星期|周|礼拜)[一二三四五六日天]';

/**
 * A day set by a week of a month given another week (after final198: 今天是5月的第二个星期日，全国助残日
 * — it is the third Sunday of May). The right week (9月的第三个星期六，全民国防教育日) is not read.
 */
const weekDayRules: PatternRule[] = WEEK_DAYS.map(([name, names, month, week, weekday]) => {
  const other = `(?<![0-9])(?!${month}月(?:的)?第${week}个(?:星期|周|礼拜)${weekday})[0-9]{1,2}月(?:的)?${WEEK_OF_MONTH}`;
  return {
    rule: 'political.history-date',
    severity: 'warn' as const,
    pattern: new RegExp(
      `${other}[^。；;！？!?\\n]{0,12}?(?:${names})|(?:${names})[”"]?(?:是|为|定在|定于|设在|即|在)(?:每年)?(?:的)?${other}`,
      'g',
    ),
    message: `${name}是每年${month}月的第${week}个星期${weekday === '六' ? '六' : '日'}，日期有误，请核实`,
  };
});

export const HISTORY_DATE_PATTERNS: readonly PatternRule[] = guardRules([
  ...eventRules,
  ...dayRules,
  defenceDay,
  ...weekDayRules,
]);
