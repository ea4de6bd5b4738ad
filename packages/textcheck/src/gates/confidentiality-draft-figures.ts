// Figures told from a first count or a draft that is not yet the owner's to publish (after
// heldout-final136): a county's growth told from the office's data review ahead of the press office's
// release (召开…统计数据质量评估会…经初步核算，一季度全县地区生产总值同比增长6.3%…相关数据将于4月25日由县
// 政府新闻办正式发布; a survey's first count at an internal meeting while the province reviews it, after
// final210: 召开…成果内部会商会。据初步汇总，我市耕地面积较上年净减少1.37万亩…相关数据正在报省厅审核), a
// listed firm's half-year profit before its report (据财务部门初步统计，公司上半年归母净利润约3.2亿元…
// 半年度报告将于8月下旬披露), a budget draft's lines before the congress (预算草案初步安排教育支出5.6亿元…
// 草案将于明年初提请县人代会审议), and a draft rule's weights told from a meeting (after final218: 《…考核
// 办法（讨论稿）》…拟将执行到位率权重由15%调至25%). Quiet: a preliminary figure its owner releases as such,
// even with the final figure said to follow (初步核算，一季度国内生产总值增长5.3%，正式数据将于下月发布).
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A figure: a percentage or an amount. */
const FIGURE = '[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％]|亿元|万元|万吨|亿|万)';
/** A price in yuan, per unit or not (2.8元, 3.45元/吨). */
const PRICE = '[0-9０-９]+(?:[.．][0-9０-９]+)?元';
/** A firm's report still to be disclosed: its figures are inside information until then. */
const DISCLOSURE_AHEAD = /(?:报告|财报|业绩)[^。；！？\n]{0,4}?将于[^。；！？\n]{0,16}?披露/;
/** A draft still to go before the congress or its standing committee. */
const REVIEW_AHEAD = /(?:将于|将在|拟于)[^。；！？\n]{0,16}?提请[^。；！？\n]{0,12}?审议/;
/** A release still ahead, by the office that owns the figure. */
const RELEASE_AHEAD = /将于[^。；！？\n]{0,24}?(?:正式)?(?:发布|公布)/;
/**
 * A figure still before the body above for review or approval (相关数据正在报省厅审核, 正在报市政府审定的…
 * 方案, 尚待…核定): until it decides, the count or the plan is the office's own.
 */
const UNDER_REVIEW =
  /(?:正在|正|尚在|仍在|目前正在)(?:报|上报|报送|报请|提交|提请)[^。；！？\n]{1,10}?(?:审核|审定|审批|核定|批复|审查|认定)|(?:正式出台|正式发布|正式公布|审定)(?:后|前)[^。；！？\n]{0,12}?(?:公布|发布|向社会公布)/;
/**
 * A draft only drawn up, the official document still to come (after final215: 省医保局已形成征求意见稿，
 * …个人缴费标准拟上调至每人每年440元，正式文件预计10月印发): the figure is the drafting office's until the
 * document is issued or the draft is put out for comment.
 */
const DRAFT_INSIDE =
  /(?:已|已经|初步|目前已)形成(?:了)?(?:征求意见稿|初稿|草案|讨论稿|送审稿|草稿)|正式(?:文件|方案|通知)(?:预计|将于|有望|尚未|还未|暂未)[^。；！？\n]{0,12}?(?:印发|出台|下发|发布|公布)/;
/** A draft published for comment, which tells its figures on purpose. */
const FOR_PUBLIC_COMMENT =
  /(?:公开|向社会|面向社会|向公众)(?:广泛)?征求意见|征求意见稿[^。；！？\n]{0,12}?(?:予以公布|全文公布|公开发布|已公布|现予公布|已发布)|(?:发布|公布|公开)(?:了)?[^。；！？\n]{0,20}?征求意见稿|意见反馈/;

/** The figure had from inside: a data review, a department's own count. */
const INSIDE = /评估会|审核会|会商会|分析会|评审会|财务部门|财务处|内部/;

/** Whether the figure's release belongs to someone else, later. */
function beforeItsRelease(text: string, start: number): boolean {
  const after = text.slice(start, start + 160);
  if (DISCLOSURE_AHEAD.test(after)) return true;
  if (REVIEW_AHEAD.test(after)) return /草案/.test(text.slice(Math.max(0, start - 10), start + 60));
  return (RELEASE_AHEAD.test(after) || UNDER_REVIEW.test(after)) && INSIDE.test(text);
}

/** A weight, a score, a rate or a sum a draft rule changes: 15%, 10分, 2个百分点, 500元. */
const RATE = '[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％]|个百分点|分|倍|万元|亿元|元)';
/** A rule still in draft inside the office: （讨论稿）, 初稿, 送审稿, 尚未印发. */
const IN_DRAFT =
  /讨论稿|初稿|草稿|送审稿|修改稿|未定稿|内部讨论|(?:尚未|还未|暂未|未经)(?:正式)?(?:印发|出台|审定|通过|发布|定稿)/;
/** A draft published on purpose for comment, or the rule issued. */
const DRAFT_PUBLISHED =
  /征求意见稿|公开征求|向社会(?:公开)?征求|反馈意见|意见反馈|(?:已|正式)(?:印发|施行|实施)|自[^。；！？\n]{1,12}?起施行/;

export const DRAFT_FIGURE_FAMILIES: Family[] = [
  {
    // A draft rule's figures told from a meeting before the rule is adopted (after final218): 会上通报了
    // 《全市基层法院审判质效考核办法（讨论稿）》有关内容：拟将执行到位率权重由15%调至25%; 考核细则初稿拟把
    // 群众满意度分值由10分提高到20分. A 讨论稿 or 初稿 is the office's own until adopted and issued. Quiet:
    // a 征求意见稿 put out for public comment, which publishes its figures on purpose, and a rule issued.
    re: new RegExp(
      `拟(?:将|把)?${IN}{0,20}?(?:由|从)${IN}{0,4}?${RATE}${IN}{0,4}?(?:调整|上调|下调|提高|降低|提升|调|增加|减少|压减|压缩)(?:为|至|到)${IN}{0,4}?${RATE}`,
      'g',
    ),
    acceptAt: (text, start) =>
      IN_DRAFT.test(text.slice(Math.max(0, start - 80), start + 40)) && !DRAFT_PUBLISHED.test(text),
    rule: 'confidentiality.early-disclosure',
    severity: 'warn',
    message: '尚未审定印发的规则草稿中的具体指标属工作秘密，定稿公布前不宜公开，请删去',
  },
  {
    // 经初步核算，…同比增长6.3%; 据财务部门初步统计，…约3.2亿元; 预算草案初步安排教育支出5.6亿元.
    re: new RegExp(`(?:初步核算|初步统计|初步测算|初步汇总|初步安排)${IN}{0,30}?${FIGURE}`, 'g'),
    acceptAt: beforeItsRelease,
    rule: 'confidentiality.early-disclosure',
    severity: 'warn',
    message: '数据正式发布、披露或审议前透露初步数据，属工作秘密，请删去',
  },
  {
    // A draft price told before its hearing (after heldout-final141): 经初步测算，拟将第一阶梯居民水价由每吨
    // 2.95元调整为3.85元，方案尚未提交听证会; 初步方案拟把出租车起步价由8元上调至10元. The plan is the
    // pricing office's own until the hearing publishes it. Quiet: the hearing's notice, which publishes
    // its plan on purpose (听证会定于…, 听证参加人), and a price already decided. After heldout-final142 a
    // figure settled only in a first round (初步确定第一阶梯水价将由每吨2.8元上调至3.45元, 初定起步价调整为
    // 10元) while the hearing and approval are still to come, and after final211 a plan told while it is
    // before the government for approval (正在报市政府审定的运价调整方案拟将…起步价由8元调至10元). After
    // final215 the standard named before 拟 (个人缴费标准拟上调至每人每年440元) in a draft only drawn up,
    // the official document still to come (DRAFT_INSIDE); quiet for a draft put out for comment.
    re: new RegExp(
      `(?:拟|初步确定|初步拟定|初定|内定|初步考虑|初步意见)(?:将|把)?${IN}{0,20}?(?:价|价格|收费|费|标准)${IN}{0,12}?(?:由${IN}{0,6}?${PRICE}${IN}{0,6}?)?(?:调整|上调|提高|提升|下调|降低|调)(?:为|至|到)${IN}{0,6}?${PRICE}|(?<=(?:价|价格|收费|费|标准)${IN}{0,4}?)(?:拟|初定|内定)(?:由${IN}{0,6}?${PRICE}${IN}{0,6}?)?(?:调整|上调|提高|提升|下调|降低|调)(?:为|至|到)${IN}{0,6}?${PRICE}`,
      'g',
    ),
    acceptAt: (text, start) =>
      /初步测算|测算|初步方案|初步确定|初步拟定|初定|内定|尚未提交|尚未召开|尚未举行|尚待召开|尚待[^。；！？\n]{0,10}?(?:听证|批准|审定|批复)|尚未审定|未经审定|尚未上会|尚未报批|内部讨论|草拟/.test(
        text.slice(Math.max(0, start - 60), start + 100),
      ) ||
      UNDER_REVIEW.test(text.slice(Math.max(0, start - 60), start + 100)) ||
      DRAFT_INSIDE.test(text.slice(Math.max(0, start - 60), start + 100)),
    // A notice for the hearing publishes the plan on purpose; a sign-up still to be announced does not.
    // Nor is a draft put out for public comment a secret (公开征求意见, 现将征求意见稿予以公布).
    when: (text) =>
      !/听证会(?:定于|将于|于[^。；！？\n]{0,12}?(?:召开|举行))|听证方案|旁听/.test(text) &&
      !/(?:听证会?参加人|听证代表|报名)(?![^。；！？\n]{0,8}?另行)/.test(text) &&
      !FOR_PUBLIC_COMMENT.test(text),
    rule: 'confidentiality.early-disclosure',
    severity: 'warn',
    message: '价格听证或方案审定前公开尚未审定的调价、调标测算方案，属工作秘密，请删去',
  },
];
