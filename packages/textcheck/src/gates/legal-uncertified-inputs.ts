// Farm inputs without a label or a licence recommended to buy or use: 私下繁育的“白皮袋”玉米种子没有
// 标签，价格只有正规种子的一半，…农户可以放心购买使用; 没有登记证的散装农药效果一样好，大家可以放心用;
// 三无兽药便宜又管用，养殖户可以大胆使用. Seeds, pesticides, fertiliser, veterinary drugs and feed sold
// without a label, a registration or a production licence are fake or substandard by law (种子法 第四十八条、
// 第四十九条, 农药管理条例 第四十四条、第四十五条, 兽药管理条例 第四十七条), and an office that tells
// farmers to buy them leads them into loss and offence. Left quiet: the same input told to be refused
// (没有标签的种子不要购买，购买正规种子可以放心使用: a ban between), a belief set right (有人以为…这是错误的)
// or a quotation, and a labelled, registered input recommended (that is the advertising gate's).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround } from './sentence.ts';
import { inWarningFrame } from './warning-frame.ts';

/** The input: seed, seedling, pesticide, fertiliser, veterinary drug, feed. */
const INPUT =
  '(?:种子|种苗|良种|稻种|麦种|菜种|农药|杀虫剂|除草剂|化肥|肥料|有机肥|叶面肥|兽药|鱼药|饲料|添加剂)';
/** Without a label or a licence: 没有标签, 无登记证, 三无, 白皮袋, 散装无标. */
const UNLICENSED =
  '(?:(?:没有|没|无|不带|未贴|未附|缺少)(?:任何)?(?:标签|标识|包装标识|合格证|登记证|登记证号|生产许可证|许可证|批准文号|审定编号|品种审定)|三无|白皮袋|白皮包|未经(?:审定|登记|批准)|散装无标)';
/** A character of the sentence that starts no ban (不要购买, 切勿使用, 谨防): the gaps are made of these. */
const UNBANNED = `(?:(?!不要|不能|不得|不可|切勿|千万别|别|勿|谨防|警惕|拒绝|避免|以免|防止)${IN})`;
/** Told to buy or use it freely: 放心购买, 可以放心使用, 大胆使用, 值得购买. */
const ADVISED =
  '(?<![不别勿])(?:放心(?:购买|选购|使用|买|用|种|施用)|可以放心|大胆(?:购买|使用|用)|尽管(?:买|用|使用)|值得(?:购买|选购)|不妨(?:一试|试试|买点|用用))';

export const UNCERTIFIED_INPUT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${UNLICENSED}${UNBANNED}{0,12}?${INPUT}|${INPUT}${UNBANNED}{0,16}?${UNLICENSED})${UNBANNED}{0,40}?${ADVISED}`,
      'g',
    ),
    message: '推荐购买、使用无标签、无登记证的种子、农药、兽药等农资，属假劣农资，误导群众违法',
  },
]);

/** A seller's claim set right in the sentence: 以为, 声称, 谎称, 这是错误的. */
const SET_RIGHT = /以为|误认为|声称|谎称|号称|吹嘘|谣言|谣传|所谓|不实|错误|是假的|不可信|骗局/;

/** Quoted, set right, or in a warning against fake farm inputs: info; otherwise the advice stands. */
export const regradeUncertifiedInput: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return insideQuotes(text, span) ||
    SET_RIGHT.test(text.slice(from, to)) ||
    inWarningFrame(text, span.start, span.end)
    ? 'info'
    : severity;
};
