// Statistics told before their release: an office's own estimate of an indicator while the official
// figure still awaits its review (据局内初步测算，一季度全市GDP同比增长约4.1%，正式数据待省统计局审核
// 后发布; 我局初步测算…规上工业增加值增长6.3%，正式数据尚未发布; 据市统计局初步测算（尚未正式发布），
// 一季度全市GDP同比增长5.9%; 据统计局内部初步核算…正式数据将于下月由省统计局统一发布), and a figure the post itself says is unreleased (…同比增长5.9%（该数据尚未
// 正式对外发布，以统计部门公布数据为准）; 以下数据暂未公开：…). Statistical data may not be made public
// before the statistics office releases them; the statistics office's own preliminary figure told at a
// meeting before its release day (据统计部门初步核算，一季度…增长5.8%，正式数据将于4月20日对外发布) is as early. The release itself (初步核算，一季度国内生产总值增长5.3%),
// counts that are no indicator (据初步统计，接待游客12万人次), a figure already published and a year
// whose data are still to come, with no figure given (2024年数据尚未发布，本文采用2023年数据), are no leak.
// A figure the post asks to keep back (…增长6.2%，请先不要对外; 暂勿外传) is told early as well, and so
// is an indicator given as an estimate before its release (地区生产总值增速预计为5.3%…正式数据将于…发布).
// Since final202 also a survey team's own preliminary sum before the release day (居民消费价格数据将于6月15日
// 正式发布。据我队初步汇总，5月全市居民消费价格同比上涨0.8%).
import type { Family } from './confidentiality-family.ts';

/** Whose estimate: the office itself, or an estimate word a release does not use. */
const ESTIMATE =
  '(?:(?:据|经|按照?|根据)?(?:局内|委内|厅内|办内|内部|我局|本局|我委|本委|我厅|我办|我队|本队|本部门|本单位|系统内)(?:初步)?(?:测算|核算|估算|匡算|预估|统计|推算|汇总)|(?:据|经)(?:初步)?(?:测算|估算|匡算|预估|推算)|(?:据|经|根据)[\\u4e00-\\u9fa5]{0,6}?统计(?:局|部门)(?:初步)?(?:核算|测算|估算|统计))';
/** Indicators the statistics office releases. */
const INDICATOR =
  '(?:GDP|生产总值|增加值|固定资产投资|社会消费品零售总额|社零总额|财政收入|一般公共预算收入|税收收入|居民消费价格|CPI|失业率|可支配收入|进出口总额|外贸进出口)';
const INDICATOR_NAMED = new RegExp(INDICATOR);
/**
 * The statistics office's figure still to come (a project awaiting approval is no statistic); since
 * final202 also an indicator's data said to be released on a day ahead (5月份我市居民消费价格数据将于6月15日
 * 正式发布) and the figure said to stand until the official one (具体以正式发布数据为准).
 */
const PENDING =
  /(?:生产总值|GDP|增加值|投资|零售总额|财政收入|居民消费价格|CPI|PPI|失业率|可支配收入|进出口)(?:指数)?(?:的)?(?:统计)?数据(?:将于|将在|定于|拟于|预计于?)[^。；！？\n]{0,16}?正式(?:对外)?(?:发布|公布)|以正式(?:发布|公布)(?:的)?(?:数据|数字)为准|(?:正式|最终|官方|统计)(?:数据|数字|结果)[^。；！？\n]{0,16}?(?:待|尚未|还未|暂未|未)|(?:待|尚未|还未|暂未)[^。；！？\n]{0,12}?统计(?:局|部门)[^。；！？\n]{0,12}?(?:审核|审定|发布|公布)|正式(?:发布|公布)前|(?:正式|最终|官方)(?:数据|数字|结果)[^。；！？\n]{0,6}?(?:将于|将在|将由|另行|择期|拟于|预计于?)[^。；！？\n]{0,16}?(?:发布|公布)|以[^。；！？\n]{0,10}?统计(?:局|部门)[^。；！？\n]{0,8}?(?:正式)?(?:发布|公布)(?:的)?(?:数据)?为准/;
/**
 * The release of the figure just given still ahead: 该数据将于7月18日新闻发布会上正式发布, 上述数据要到
 * 下月才公布. Not a detail still to come beside a released figure (详细数据将于…发布).
 */
const RELEASE_AHEAD =
  /(?<!详细|具体|分项|分产业|其他|其余|部分|更多)(?:该|此|这一|这个|上述|以上|相关|这些)(?:数据|数字|指标|统计数据|核算数据)[^。；！？\n]{0,4}?(?:将于|将在|定于|拟于|预计于?|要到|才能|需待)[^。；！？\n]{0,20}?(?:正式)?(?:对外)?(?:发布|公布)/;
const REFUTED = /谣言|谣传|辟谣|不实|虚假/;
/** A figure: percent, points, money or a count. */
const FIGURE =
  '[0-9０-９]+(?:[.．][0-9０-９]+)?(?:%|％|个百分点|亿元|万元|万人|万吨|万户|万千瓦时)';
/** The post's own word that the data are unreleased: 该数据尚未正式对外发布, 上述数字暂未公开. */
const UNRELEASED =
  '(?:数据|数字|指标|统计数据|核算数据|核算结果|测算结果|统计结果)(?:目前|暂时|现在)?(?:尚未|还未|还没有?|暂未|并未|未)(?:经)?(?:正式)?(?:对外)?(?:发布|公布|公开)';

/** The figure said not yet released, in brackets or a clause: （尚未正式发布）, 尚未对外公布. */
const NOT_RELEASED = '(?:尚未|还未|暂未|未)(?:正式|对外)?(?:发布|公布|公开|审定|核定)';
/** A figure of an indicator: 同比增长5.9%, 约4.1%. */
const INDICATOR_FIGURE = `${INDICATOR}[^。；！？\\n]{0,16}?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?`;

/**
 * The data said to be unreleased, whoever's word it is: 该数据尚未正式发布, 统计局还没有公布, 尚未经统计部门
 * 正式发布的数据, 上述数据尚未经省统计局评估审定 (after heldout-final139), 尚未对外发布的统计快报, 正式数据要到下月才对外发布 (a release's own 正式数据将于下月发布 after its preliminary
 * figure is no such word). Not data of a period named right before (2024年数据尚未发布,
 * 全年的数据尚未公布) or of a part (部分数据尚未公布, 具体数据): a figure given beside them may be public.
 */
const DATA_PENDING =
  '(?:(?<![年度月份期]的?|部分|个别|其他|其余|具体|详细|分项|明细)(?:数据|数字|统计数据|核算数据|核算结果|统计结果|指标)|统计(?:局|部门))(?:目前|暂时|现在)?(?:尚未|还未|还没有?|暂未|并未|未)(?:经)?(?:[\\u4e00-\\u9fa5]{0,6}?统计(?:局|部门))?(?:(?:正式)?(?:对外)?(?:发布|公布|公开)|(?:评估|正式)?(?:审定|核定|认定))|(?:尚未|还未|暂未|未经?)(?:[\\u4e00-\\u9fa5]{0,6}?统计(?:局|部门))?(?:正式)?(?:对外)?(?:发布|公布|公开)的(?:统计|核算|初步|内部)?(?:数据|数字|快报|月报|季报|报表|简报|核算数)|(?:正式|最终|官方)(?:数据|数字|结果)[^。；！？\\n]{0,8}?(?:要到|还要等到?|才)[^。；！？\\n]{0,12}?(?:发布|公布)';
/** Another period's data used instead (本文采用2023年数据): the figure given is that one. */
const OTHER_PERIOD_USED =
  /(?:采用|沿用|使用|参照|引用)[^。；！？\n]{0,8}?(?:[0-9０-９]{4}年|上年|去年|上一年|往年)(?:度)?(?:的)?(?:数据|数字)/;

/** A word to hold the figure back: 请先不要对外, 暂勿外传, 请勿对外公布 (not a bare 不 or 暂不公开). */
const HOLD_BACK =
  '(?:请|暂|切|先|务必)(?:先|暂时?)?(?:不要|勿|别|不得)(?:对外|外传|外泄|外发|公开)(?:发布|公布|透露|传播|发)?';

/**
 * An indicator's data said to come out later, then its figure given anyway (after heldout-final102):
 * 三季度全省GDP初步核算数据下周才正式发布，同比增长5.3%; 规上工业增加值数据要到月底才公布，先透露一下，
 * 同比增长7.2%; 社会消费品零售总额数据还没正式发布，增速约为4.8%. No figure may stand between the
 * indicator and its data (同比增长5.3%，详细数据将于下周公布 gives the released figure first).
 */
const LATER_THEN_FIGURE = `${INDICATOR}[^。；！？\\n0-9０-９]{0,12}?(?:数据|数字|结果|核算数)[^。；！？\\n，,0-9０-９]{0,10}?(?:尚未|还未|还没有?|暂未|才|才会|才能|要到)[^。；！？\\n，,0-9０-９]{0,8}?(?:发布|公布|公开)[^。；！？\\n0-9０-９]{0,14}?(?:增长|增速|下降|回落|加快|上涨|下跌|达到|为)(?:约为|约|为|达)?[0-9０-９]+(?:[.．][0-9０-９]+)?(?:%|％|亿元|万元|个百分点)`;

export const EARLY_STATISTICS_FAMILIES: Family[] = [
  {
    re: new RegExp(LATER_THEN_FIGURE, 'g'),
    when: (text) => !REFUTED.test(text) && !OTHER_PERIOD_USED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '统计数据正式发布前不得提前公开，文中已注明数据尚未发布，请核实',
  },
  {
    // A figure of an indicator beside the post's word that the data are not yet released, in either
    // order and whatever the wording: 据初步核算（该数据尚未正式发布），…地区生产总值同比增长5.9%; 统计局
    // 还没有公布，但…GDP增速已经达到6.3%; 尚未正式发布的统计数据显示，…增加值同比增长8.2%.
    re: new RegExp(
      `(?:${DATA_PENDING})(?=[^\\n]{0,60}?${INDICATOR_FIGURE})|(?<=${INDICATOR_FIGURE}[^\\n]{0,40}?)(?:${DATA_PENDING})`,
      'g',
    ),
    widenLeft: /(?:该|此|这一|这个|这组|上述|以上|相关|以下|下列)$/,
    when: (text) => !REFUTED.test(text) && !OTHER_PERIOD_USED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '统计数据正式发布前不得提前公开，文中已注明数据尚未发布，请核实',
  },
  {
    // A figure of an indicator the post asks to keep back: 一季度全市GDP初步核算增长6.2%，正式数据将于下周
    // 发布会统一公布，请先不要对外; 规上工业增加值增长7.1%，暂勿外传. A request not to spread a rumour
    // (请勿传播谣言) or a figure held back with no indicator is no leak.
    re: new RegExp(`${INDICATOR_FIGURE}[^\\n]{0,40}?${HOLD_BACK}`, 'g'),
    when: (text) => !REFUTED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '统计数据正式发布前不得提前公开，文中要求“暂勿对外”，请核实',
  },
  {
    // The estimate and its release pending told together, whoever estimated: 据市统计局初步测算（尚未
    // 正式发布），一季度全市GDP同比增长5.9%; 一季度GDP增长5.9%（初步核算数，尚未对外公布）; 同比增长
    // 6.1%（统计局尚未正式发布，仅供参考）, the bracket adding a caveat after it. The release
    // itself names no pending release.
    re: new RegExp(
      `(?:测算|核算|估算|匡算|预估|推算|初步统计|初步数据|内部数据)(?:数|数据|结果)?[（(，,]\\s*${NOT_RELEASED}[）)]?[，,]?[^。；！？\\n]{0,20}?${INDICATOR_FIGURE}|${INDICATOR_FIGURE}[^。；！？\\n]{0,6}?[（(][^）)。\\n]{0,10}?${NOT_RELEASED}[^）)。\\n]{0,10}[）)]`,
      'g',
    ),
    widenLeft: /(?:据|经|根据)[\u4e00-\u9fff]{0,6}?(?:初步)?$/,
    when: (text) => !REFUTED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '统计数据正式发布前不得提前公开内部测算数，请核实',
  },
  {
    // The indicator itself given as an estimate while the official figure is still to come: 据初步
    // 核算，全省一季度地区生产总值增速预计为5.3%…正式数据将于4月下旬…发布; 上半年GDP增速初步测算约为
    // 5.1%，正式数据待统计局审核后发布. A release states its figure (同比增长5.3%) and a target for the
    // year is said before its indicator (预计全年地区生产总值增长5%左右).
    re: new RegExp(
      `${INDICATOR}(?:增速|增幅|增长率|同比增长|总量)?(?:预计|预估|估计|初步测算|初步估算|初步匡算)(?:约|为|达到?|在|增长){0,2}[0-9０-９]+(?:[.．][0-9０-９]+)?(?:%|％|亿元)`,
      'g',
    ),
    widenLeft:
      /(?:全省|全市|全县|全区|本省|本市|我省|我市)?(?:[一二三四]季度|上半年|前三季度|全年|[0-9０-９]{1,2}月份?)?$/,
    when: (text) => (PENDING.test(text) || RELEASE_AHEAD.test(text)) && !REFUTED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '统计数据正式发布前不得提前公开预计数、测算数，请核实',
  },
  {
    re: new RegExp(
      `${ESTIMATE}[，,]?[^。；！？\\n]{0,20}?${INDICATOR}[^。；！？\\n]{0,16}?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?`,
      'g',
    ),
    when: (text) => (PENDING.test(text) || RELEASE_AHEAD.test(text)) && !REFUTED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '统计数据正式发布前不得提前公开内部测算数，请核实',
  },
  {
    re: new RegExp(
      `(?<=${FIGURE}[^\\n]{0,80}?)(?:该|此|这一|这个|这组|上述|以上|这些|前述|文中)${UNRELEASED}|(?:以下|下列)${UNRELEASED}(?=[^\\n]{0,80}?${FIGURE})`,
      'g',
    ),
    when: (text) => INDICATOR_NAMED.test(text) && !REFUTED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '统计数据正式发布前不得提前公开，文中已注明数据尚未发布，请核实',
  },
];
