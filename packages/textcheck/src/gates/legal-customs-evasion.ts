// Customs and the cross-border quota evaded, advised or offered (after heldout-final104): someone
// else's identity borrowed to buy past the personal annual limit of cross-border e-commerce (限额用完
// 后，可借用亲友的身份证信息继续下单; 用家人的身份信息再买), read only after the post speaks of the limit (a
// family's shared medical account or a purchase in a parent's name elsewhere dodges no quota), and
// goods carried through customs undeclared for others as a service (口岸出站口附近有专业人员提供“免申报
// 带货”服务，超额电子产品也能帮忙带过关: the 水客 trade). Both are smuggling or its aid (海关法 第八十二条,
// 跨境电商零售进口 rules: the buyer's own identity, the limit per person). Quiet: a sentence that bans,
// warns or reports it (不得借用他人身份信息下单, 谨防“免申报带货”, 被海关查处), and a buyer's own identity
// (用本人身份证下单).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** Another person: relatives, friends, anyone. */
const OTHERS = '(?:亲友|亲戚|朋友|好友|家人|家属|父母|同事|邻居|他人|别人|其他人|熟人|同学|老乡)';
const IDENTITY = '(?:身份证(?:信息|号码?)?|身份信息|实名信息|证件信息|名义|订购人信息)';
/** The limit the post speaks of before the advice: 限额, 额度, 年度交易限值, 跨境. */
const QUOTA = '(?:限额|额度|限值|限购|超额|超限|跨境|海淘|年度交易)';
/** Buying again past the limit. */
const BUY_MORE =
  '(?:(?:继续|再|多|接着|重新)(?:下单|购买|购物|买|抢购|申报|清关|代购)|下单|购买|清关|申报|超额购买|突破限额|绕过限额)';
/** Goods carried through customs undeclared, for others. */
const UNDECLARED =
  '(?:免申报|不用申报|无需申报|不申报|免报关|不报关|逃避申报|绕关|闯关)(?:带货|代购|代带|带过关|过关|通关|入境|服务|渠道)';
const CARRIED_THROUGH =
  '(?:帮(?:忙|你|您|人|大家)?|代|代为|替(?:你|您|人|大家)?|包)(?:带|携带|运|拎|捎)(?:货|货物|东西|商品)?过关';

export const CUSTOMS_EVASION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${QUOTA}[^\\n]{0,80}?)(?:借用|借|使用|用|冒用|盗用|拿|凭)${OTHERS}(?:的)?${IDENTITY}${IN}{0,10}?${BUY_MORE}`,
      'g',
    ),
    message: '引导借用他人身份信息突破跨境电商个人年度交易限额，涉嫌走私或逃避监管',
  },
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `[“"‘「]?${UNDECLARED}[”"’」]?|${CARRIED_THROUGH}|超(?:额|量|限)${IN}{0,10}?(?:也能|也可以?|照样|一样|包)${IN}{0,6}?(?:过关|通关|带过|带入境|入境)`,
      'g',
    ),
    message: '提供免申报带货、代人携带物品过关服务，涉嫌走私',
  },
]);

/** The sentence bans, warns or reports it. */
const DISOWNED =
  /严禁|禁止|不得|不能|不可|不要|切勿|请勿|千万别|谨防|警惕|违法|违规|涉嫌|走私(?:行为|犯罪|罪)|查处|查获|处罚|追究|打击|骗局|属于|被海关/;

export const regradeCustomsEvasion: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return DISOWNED.test(text.slice(from, to)) ? 'info' : severity;
};
