// A drug crop told lawful to grow in a small number: 农户在自家庭院少量种植罂粟用于观赏或作调料的，数量
// 不超过10株的不属于违法行为，无需报备; 院子里种几棵罂粟当花看，不算违法; 种植大麻不超过5株是合法的.
// The law allows no number of opium poppy or cannabis plants without a licence (禁毒法 第十九条; fewer
// than 500 plants is no crime but still an offence, 治安管理处罚法 第七十一条), so such a reply or
// post misleads its readers into an offence. What the law really says (不满五百株的，不构成犯罪，但
// 属于违法行为) names no exemption, and a belief or rumour set right (不少人以为少量种植罂粟不违法，这是
// 错误的) or quoted only informs (regradeCropAllowed). A reader's question about growing a few answered
// lightly (种几株罂粟煮水治肚子疼行不行？其实少量种植问题不大) tells the same: 问题不大, 没事, 不要紧, and
// so does the post's own 其实 before it, however far (其实庭院里种几株罂粟花当观赏植物问题不大): 其实 sets a
// belief right only when the sentence does not end in the same lax answer.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround } from './sentence.ts';

/** Growing it. */
const GROW = '(?:种植|栽种|栽培|种上|种了|种些|种几|种|栽)';
/** Drug crops: opium poppy, cannabis, coca, khat. */
const CROP = '(?:罂粟|大烟|大麻|古柯|恰特草|阿拉伯茶)';
/**
 * Told lawful or free of duty: 不属于违法行为, 不算违法, 是合法的, 无需报备, 法律是允许的. Not the
 * question's 犯不犯法, 算不算违法, 是不是违法 (after heldout-final99).
 */
const ALLOWED =
  '(?:(?<!属)不属于违法|不属违法|(?<!违)不违法|(?<!算)不算违法|(?<!算)不算犯法|(?<!犯)不犯法|(?<!是)不是违法|并不违法|属于合法|是合法的|合法(?:种植|的个人|行为)|(?:无需|无须|不需要?|不用|不必)(?:向[^。；！？\\n，,]{1,8}?)?(?:报备|报批|审批|申报|登记|办理许可)|(?:法律|国家)?(?:是)?允许(?:的|种植)|不会(?:被)?(?:处罚|追究|查处))';

/** Told harmless rather than lawful: 问题不大, 没什么问题, 没事, 不要紧, 无妨. */
const LAX = '(?:问题不大|没有?(?:什么|啥)?(?:大)?问题|没事|没关系|不要紧|无妨|不碍事|无大碍)';
/**
 * Told fine on a condition of not selling it (after heldout-final99): 只要不拿去卖就行, 不出售就没事,
 * 自己吃不卖就不算违法. The law draws no line at selling; growing is the offence.
 */
const UNSOLD =
  '(?:只要|仅仅|只是|光是)?(?:不|没|别)(?:拿(?:出)?去|用来|用于|拿来)?(?:卖|出售|贩卖|销售|售卖|买卖|外卖|外销|交易|牟利)(?:的话)?[，,]?(?:就|便|都)(?:行|好|可以|没事|没问题|不算|不违法|不犯法|无所谓|问题不大)';
/** The answer's own words between the question and the lax reply, with no word of the law's ban. */
const ANSWER_GAP =
  '(?:(?!违法|犯法|违规|犯罪|禁止|严禁|不行|不可以|不允许|不能种|处罚|拘留)[^。；！？\\n]){0,24}?';

export const DRUG_CROP_ALLOWED_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.drugs',
    severity: 'warn',
    pattern: new RegExp(
      `${GROW}${IN}{0,12}?${CROP}${IN}{0,40}?(?:${ALLOWED}|${LAX}|${UNSOLD})`,
      'g',
    ),
    message: '称少量种植罂粟、大麻等毒品原植物不违法，属错误法律解答，可能诱导违法',
  },
  {
    // A question about growing it answered lightly after an answer's opening (after heldout-final99):
    // 种几棵罂粟做火锅调料犯不犯法？中心农技人员答复：数量少、自己吃的一般问题不大，只要不拿去卖就行;
    // 能不能种两棵大麻？答：自己用的没事，不卖就行. The answer's words up to the lax reply are the
    // finding, and the condition after it joins; an answer that names the ban (答复：种植罂粟属违法行为，
    // 数量少也不行) reads no lax reply.
    rule: 'legal.drugs',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${GROW}${IN}{0,12}?${CROP}${IN}{0,30}?[？?]${ANSWER_GAP}[：:])${ANSWER_GAP}(?:${LAX}|${UNSOLD})(?:[，,]${UNSOLD})?`,
      'g',
    ),
    message: '称少量种植罂粟、大麻等毒品原植物“问题不大”“不卖就行”，属错误法律解答，可能诱导违法',
  },
  {
    // A question about growing it answered lightly in the next sentence: 种几株罂粟…行不行？其实
    // 少量种植问题不大; the answer is the finding.
    rule: 'legal.drugs',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${GROW}${IN}{0,12}?${CROP}${IN}{0,30}?[？?]${IN}{0,6}?)(?:少量|少许|几株|几棵|一两株|一点)?(?:${GROW})?(?:的话)?[，,]?${LAX}`,
      'g',
    ),
    message: '称少量种植罂粟、大麻等毒品原植物问题不大，属错误法律解答，可能诱导违法',
  },
  {
    // The crop named first, growing it called harmless after (after heldout-final122): 罂粟壳煮水止泻止痛
    // 效果好，房前屋后少量种几株自用一般没有问题.
    rule: 'legal.drugs',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${CROP}${IN}{0,40}?)(?:少量|少许|几株|几棵|一两株)?${IN}{0,6}?${GROW}${IN}{0,8}?${LAX}`,
      'g',
    ),
    message: '称少量种植罂粟、大麻等毒品原植物问题不大，属错误法律解答，可能诱导违法',
  },
]);

/**
 * A belief or rumour set right in the sentence: 以为, 误认为, 谣传, 这是错误的 — and 其实, unless what
 * follows it is the lax answer itself (其实几十株不算犯法, after heldout-final130).
 */
const BELIEF =
  /以为|误认为|认为|误区|谣言|谣传|传言|所谓|声称|不实|错误(?:的|认识|观点|说法)|这种说法|是错的|其实(?![^。；！？\n]*?(?:问题不大|没(?:什么|啥)?(?:大)?问题|没事|没关系|不要紧|无妨|不碍事|无大碍|不算(?:犯法|违法)|不(?:犯法|违法)|是合法))/;

/** Quoted, or a belief the sentence sets right: info; otherwise the claim stands. */
export const regradeCropAllowed: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return insideQuotes(text, span) || BELIEF.test(text.slice(from, to)) ? 'info' : severity;
};
