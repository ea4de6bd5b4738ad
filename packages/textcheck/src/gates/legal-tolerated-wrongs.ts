// An unlawful act told to the reader as tolerated: the act, then the account's word that nobody
// minds — 金额不大的话一般没人管，图个开心 (stakes at mahjong), 自己吃的一般问题不大，只要不拿去卖就行 (poppies),
// 晚上去河汊子里下几张网没人查 (fishing in the closed season), 在楼顶放一放问题不大 (fireworks where they are
// banned), 丈夫偶尔动手…家丑不可外扬，不要动不动就报警 (domestic violence), 买工业盐代替食盐…只要控制好
// 用量问题不大 (food safety), 少量销售无中文标识的外烟…原则上不予追究 (smuggled cigarettes; heldout-final104). Whatever the act, the post
// tells the public the law will look away, which no official account may say. Quiet: the same words
// as the belief a post corrects (“小赌怡情”？错！, 个别村民认为“少量种植问题不大”, 抱有侥幸心理), in
// quotation marks, or in a sentence that bans or punishes the act; a citizen's complaint that
// nobody handles a problem (反映多次都没人管) is no act tolerated.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** Within one sentence. */
const IN = '[^。；！？!?\\n]';
/** Within one sentence, or across a question into its answer. */
const ACROSS_QUESTION = '[^。；！!\\n]';
/** Acts the law forbids, as a post names them in passing. */
const UNLAWFUL_ACT = [
  // gambling
  '赌',
  '牌九',
  '押注',
  '下注',
  '彩头',
  // drugs
  '罂粟',
  '大麻',
  '飞叶子',
  '笑气',
  // wildlife and fishing
  '野味',
  '野生动物',
  '野鸭',
  '斑鸠',
  '捕鸟',
  '网鸟',
  '打鸟',
  '捕猎',
  '打猎',
  '猎捕',
  '电鱼',
  '炸鱼',
  '毒鱼',
  '禁渔',
  '禁捕',
  '禁猎',
  '下几张网',
  // fireworks where they are banned
  '禁放',
  '禁燃',
  // fraud on public funds, tax and contracts
  '少交',
  '逃税',
  '偷税',
  '漏税',
  '阴阳合同',
  '低价合同',
  '医保卡',
  '社保卡',
  '代考',
  '替考',
  '作弊',
  '假证',
  '假发票',
  // violence
  '动手',
  '打人',
  '打老婆',
  '家暴',
  '体罚',
  // traffic
  '酒驾',
  '醉驾',
  '闯红灯',
  '无证驾驶',
  '超载',
  '逆行',
  // pornography and piracy
  '成人影片',
  '色情',
  '黄片',
  '盗版',
  '破解版',
  // food safety and monopoly goods (after heldout-final104: 买工业盐代替食盐…只要控制好用量问题不大;
  // 少量销售无中文标识的外烟…原则上不予追究)
  '工业盐',
  '工业用盐',
  '工业酒精',
  '地沟油',
  '病死(?:猪|牛|羊|鸡|鸭|畜|禽)',
  '注水肉',
  '瘦肉精',
  '私屠',
  '私宰',
  '无中文标识',
  '外烟',
  '私烟',
  '走私烟',
  '假烟',
  '水货',
  '无证(?:经营|销售|卷烟)',
  // fire safety
  '楼道[^。，,]{0,6}?(?:充电|停放电动)',
  '飞线',
  '私拉',
].join('|');
/**
 * The account's word that nobody minds. 没人管 and 没人查 need a condition before them (一般, 的话,
 * 反正, 晚上, 够偏) so that a citizen's complaint (一直没人管) is not read as one.
 */
const TOLERATED =
  '(?:(?:一般|基本|通常|反正|的话[，,]?(?:一般)?|够[\\u4e00-\\u9fa5]{1,2}|晚上|夜里|半夜|偷偷|悄悄)' +
  IN +
  '{0,12}?(?:也|都)?(?:没人|不会有人)(?:管|查|追究|过问)' +
  '|(?:一般|其实|基本|应该|都)?(?:问题不大|事不大|没(?:什么|啥|多大)大?(?:问题|关系|事儿?)(?![的地得])|不算(?:违法|犯罪|赌博|什么事?)|不(?:会|用担心|必担心)被(?:追究|处罚|罚款|查处|抓|查|管)|不会(?:追究|处罚|罚款|查处)|原则上不予(?:立案|追究|处罚|查处))' +
  '|(?:图|就图)个(?:开心|乐呵?|热闹)|尽兴就好|小赌怡情|睁一只眼闭一只眼|不必拘泥(?:于规定)?' +
  '|只要不' +
  IN +
  '{1,10}?就(?:行|没事|可以|好|不算)|家丑不可外扬|不要(?:动不动就|轻易)?报警)';

export const TOLERATED_WRONG_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.tolerated-wrong',
    severity: 'warn',
    // The act may be the question a post answers (…算赌博吗？答：金额不大的话一般没人管), or the sentence
    // before a tolerance that opens with its condition (…买工业盐代替食盐，价格便宜一半。只要控制好用量问题
    // 不大; heldout-final104).
    pattern: new RegExp(
      `(?<![禁戒反拒防])(?:${UNLAWFUL_ACT})(?:${ACROSS_QUESTION}{0,40}?|${IN}{0,30}?。(?:只要|其实|一般|反正)${IN}{0,10}?)${TOLERATED}`,
      'g',
    ),
    message: '对违法行为作出“没人管”“问题不大”等纵容性表述，属于不当引导，请删改',
  },
]);

/** The tolerance is the law's own (a first slip corrected in time goes unpunished: 首违不罚). */
const LENIENCY = /补缴|补交|纠正|改正|首违不罚|主动(?:报告|说明|申报|投案)|如实/;

/** The tolerance is the belief the sentence corrects, or the sentence bans or punishes the act. */
const CORRECTED =
  /认为|以为|觉得|误区|误解|错误|侥幸|所谓|以[^。；！？\n]{0,6}为名|并非|绝不|错[！!]|谣言|严禁|禁止|不得|切勿|请勿|千万(?:不要|别)|依法(?:查处|处理|追究|严惩)|将被|被(?:查处|处罚|拘留|判)|涉嫌|构成/;

/** A citizen's complaint that nobody handles a problem (反映多次都没人管). */
const COMPLAINT = /反映|投诉|举报|留言|来电|多次|好几次|半个月|一直|始终|迟迟/;

export const regradeToleratedWrong: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  if (severity === 'info') return severity;
  // The words of tolerance quoted (“小赌怡情”？错！) are the belief a post corrects.
  if (insideQuotes(text, { start: span.end - 1, end: span.end })) return 'info';
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  const sentence = text.slice(from, to);
  return CORRECTED.test(sentence) || LENIENCY.test(sentence) || COMPLAINT.test(sentence)
    ? 'info'
    : severity;
};
