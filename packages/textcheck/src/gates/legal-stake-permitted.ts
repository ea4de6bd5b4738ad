// Money stakes permitted under a cap: a notice, reply or rule telling people that playing for money
// is fine as long as the stake stays small (大家娱乐时每局输赢控制在100元以内就行; 打牌彩头不超过50元没问题;
// 输赢别超过200块就不算赌博). Gambling for money is an offence whatever the stake (治安管理处罚法 第七十条);
// a public notice setting an allowed stake invites it. What it leaves: a ban (严禁输赢赌钱, 不得设置
// 彩头), a stake capped without permission (每局输赢上限200元 is the lure family's), a warning that
// quotes the excuse (“输赢控制在100元以内就行”的说法是错误的) and the same in a warning frame. The
// same permission told without a figure, as a pastime the reader is welcome to (欢迎来打打麻将，小赌
// 怡情; 打牌带点彩头助兴，无伤大雅; 赌点小钱没关系) is read too; the whole proverb (小赌怡情，大赌伤身),
// 所谓小赌怡情 and a warning against it are not. After heldout-final106: play for a small stake
// allowed outright (允许居民小额带彩, 可以适当带点彩头, 默许村民小额赌钱); a ban (不允许带彩, 严禁带彩) is not.
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
  {
    rule: 'legal.gambling',
    severity: 'warn',
    pattern: new RegExp(
      `(?<![不未禁])(?:允许|准许|默许|容许|可以|可)(?:居民|群众|村民|大家|老人|职工|参与者|牌友)?(?:进行|开展)?(?:小额|少量|适当|适度|少许)(?:地)?(?:带(?:点|些)?彩头?|赌(?:点|些)?钱|押注|下注|赌博)`,
      'g',
    ),
    message: '称允许小额带彩、赌钱，变相允许赌博，违反治安管理处罚法',
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
