// Money stakes permitted under a cap: a notice, reply or rule telling people that playing for money
// is fine as long as the stake stays small (大家娱乐时每局输赢控制在100元以内就行; 打牌彩头不超过50元没问题;
// 输赢别超过200块就不算赌博). Gambling for money is an offence whatever the stake (治安管理处罚法 第七十条);
// a public notice setting an allowed stake invites it. What it leaves: a ban (严禁输赢赌钱, 不得设置
// 彩头), a stake capped without permission (每局输赢上限200元 is the lure family's), a warning that
// quotes the excuse (“输赢控制在100元以内就行”的说法是错误的) and the same in a warning frame. The
// same permission told without a figure, as a pastime the reader is welcome to (欢迎来打打麻将，小赌
// 怡情; 打牌带点彩头助兴，无伤大雅; 赌点小钱没关系) is read too; the whole proverb (小赌怡情，大赌伤身),
// 所谓小赌怡情 and a warning against it are not.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { inWarningFrame } from './warning-frame.ts';

const AMOUNT = '[0-9０-９一二三四五六七八九十百千万两]+';
/** The money that changes hands: 输赢, 彩头, 赌注, 押注, 下注. */
const STAKE = '(?:输赢|彩头|赌注|押注|下注|赌资)';
/** A cap: 控制在, 不超过, 别超过, 限制在, 最多. */
const CAP = '(?:控制在|不超过|别超过|不要超过|不过|限制在|限在|最多|最多不超过)';
/** Permission: 就行, 就好, 即可, 没问题, 不算赌博. */
const PERMITTED =
  '(?:就行|就好|就可以|即可|都行|没问题|问题不大|没事|没关系|不要紧|不算赌博|不算违法|不违法|不属于赌博)';

/** A small stake: 小赌, 赌点小钱, 带点彩头, 玩点小钱. */
const SMALL_STAKE =
  '(?:小赌(?:一下|一把|几把)?|赌(?:点|个|些)小(?:钱|的)|(?:带|来|加|有)(?:点|个|些)?(?:小)?彩头|玩(?:点|些)小钱)';
/** Told harmless or pleasant: 怡情, 助兴, 无伤大雅, 没关系. */
const PASTIME =
  '(?:怡情|助兴|更有意思|更带劲|无伤大雅|无妨|没事|没关系|不要紧|问题不大|不算赌博|图个乐呵?)';

/** A game played for money, named before: 打麻将, 打牌, 斗地主, 彩头, 赌. */
const GAME = '(?:麻将|打牌|玩牌|扑克|纸牌|斗地主|掼蛋|牌局|牌桌|麻将桌|彩头|赌)';
/** The sum told small: 金额不大的话, 只要数额不大, 钱不多的话, 输赢小. */
const SMALL_SUM =
  '(?:只要|如果|要是)?(?:金额|数额|钱|输赢|赌注|彩头|输赢金额|涉赌金额)(?:不大|不多|较小|小|很小|不高)(?:的话)?';
/** Nobody enforces it: 一般没人管, 警察不会管, 不会被查, 不会处罚. */
const UNPUNISHED =
  '(?:一般|通常|基本(?:上)?|其实|也)?(?:都)?(?:没人管|没有人管|不会有人管|没人查|没人追究|警察(?:一般|也)?(?:不会|不)管|派出所(?:一般|也)?(?:不会|不)(?:管|查)|不会(?:被)?(?:查|抓|罚|处罚|追究|管)|不(?:会)?算(?:赌博|违法))';

export const STAKE_PERMITTED_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.gambling',
    severity: 'warn',
    pattern: new RegExp(
      `(?:每局|一局|单局|每把|一把|每盘|每圈|每场|每次)?(?:的)?${STAKE}(?:金额)?[^。；！？\\n，,]{0,4}?${CAP}${AMOUNT}(?:元|块)(?:钱)?(?:以内|之内|以下)?(?:的话)?[，,]?就?${PERMITTED}`,
      'g',
    ),
    message: '称小额输赢、彩头即可，变相允许赌博，违反治安管理处罚法',
  },
  {
    rule: 'legal.gambling',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!所谓|什么|别信|莫信|以为|认为|觉得)${SMALL_STAKE}[，,]?(?:也|就|还)?(?:能|可以)?${PASTIME}(?![，,]?大赌)`,
      'g',
    ),
    message: '称小赌怡情、带彩头无妨，变相允许赌博，违反治安管理处罚法',
  },
]);

/**
 * Read apart (regradeUnpunished): the answer of a legal lesson (以案说法, 普法问答) is the account's own
 * word, so a warning frame around it does not make it a mention.
 */
export const STAKE_UNPUNISHED_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A small stake told as one nobody punishes, after the game is named (after heldout-final102):
    // 过年打麻将带点“彩头”，算赌博吗？答：金额不大的话一般没人管，大家图个开心; 打牌赌点钱，只要数额不大，
    // 警察一般不会管; 玩牌钱不多的话派出所不会查. Telling readers the police look away invites the
    // gambling the law punishes. A sum told with its penalty (赌资较大的，处…罚款) grants nothing.
    rule: 'legal.gambling',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${GAME}[^\\n]{0,60}?)${SMALL_SUM}[^。；！？\\n]{0,8}?${UNPUNISHED}`,
      'g',
    ),
    message: '称小额赌博“没人管”“不会被查”，变相纵容赌博，违反治安管理处罚法',
  },
]);

/** A ban in the clause before it (严禁, 不得, 不要): a limit told as a rule, not a permission. */
const BAN_BEFORE = /(?:严禁|禁止|不得|不准|不许|不要|切勿|杜绝|反对|拒绝)[^，,。；！？\n]*$/;

/** The excuse named to be set right (…就行的说法是错误的, …就行是误区). */
const REFUTED_AFTER =
  /^(?:的|这种|这个)?(?:说法|想法|观点|认识|误区)|^[^。！？\n]{0,4}(?:是错误|是误区|是错的|不对)/;

/**
 * Quoted, banned in its own clause, refuted right after or inside a warning frame: info; otherwise
 * the permission stands.
 */
export const regradeStakePermitted: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  return insideQuotes(text, span) ||
    BAN_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)) ||
    REFUTED_AFTER.test(text.slice(span.end, span.end + 12)) ||
    inWarningFrame(text, span.start, span.end)
    ? 'info'
    : severity;
};

/** The claim put in someone's mouth to be set right: 有人以为, 不要以为, 所谓. */
const BELIEF_BEFORE =
  /(?:以为|认为|觉得|所谓|听说|误认为|别信|莫信|说什么|声称|称)[^，,。；！？\n]{0,12}$/;
/** The next clause sets it right: 其实, 事实上, 这种想法是错误的. */
const SET_RIGHT_AFTER =
  /^[^。；！？\n]{0,4}[，,。]?\s*(?:其实|事实上|实际上|但事实上|这种(?:想法|说法|观点|认识)|这是(?:错误|误区))/;

/**
 * Quoted, banned, told as someone's belief or set right at once: info. A warning frame (以案说法) does
 * not regrade it: the lesson's answer tells the reader what to expect.
 */
export const regradeUnpunished: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  return insideQuotes(text, span) ||
    BAN_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)) ||
    BELIEF_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)) ||
    REFUTED_AFTER.test(text.slice(span.end, span.end + 12)) ||
    SET_RIGHT_AFTER.test(text.slice(span.end, span.end + 16))
    ? 'info'
    : severity;
};
