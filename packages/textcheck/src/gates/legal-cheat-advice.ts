// Cheating told to the reader as the easy way: fake papers got to draw a benefit (找中介开一份假租赁
// 合同和租金发票就行, 让朋友公司开个假收入证明即可, 花钱做一份假病历就能报销) and another person's card
// used with the promise that no one checks (用老人的医保卡给自己开药报销，大家都这么做，一般不会被查;
// 借亲戚的社保卡去买药，没人查), or allowed by the office itself (可以借用家里其他人的医保卡就诊开药). Both
// are fraud on public funds (刑法 第二百六十六条; 医疗保障基金使用监督管理条例 第十五条). A sentence
// that forbids, punishes or reports it (骗提公积金的将依法追究, 使用虚假合同被查处, 严禁冒用他人医保卡)
// tells the reader not to. So is an office or an agent offering to issue papers of someone else's
// job, income or money (本中心可协助代开在职证明和银行流水，确保签证顺利出签; 可帮忙包装银行流水; after
// heldout-final103): only the employer or the bank may issue them, so one written by a third party is
// false (刑法 第二百八十条之一, 第二百二十九条) and a visa or a loan got with it is got by fraud. A
// warning against such agents (谨防中介代开收入证明) or a case only informs (regradeFakePaperOffer).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';
import { sentenceAround } from './sentence.ts';

/** A paper that can be forged to draw a benefit. */
const PAPER =
  '(?:租赁合同|租房合同|购房合同|劳动合同|合同|租金发票|发票|收入证明|工作证明|在职证明|病历|诊断证明|住院证明|流水|银行流水|婚姻证明|单身证明|贫困证明|居住证明|学历证明|证明材料|证明)';
/** How the reader is told it is easy. */
const EASY = '(?:就行|就好|即可|就可以|就能|就成|准没问题|没问题|保准|轻松)';
/** Someone else's card. */
const CARD = '(?:医保卡|社保卡|医保账户|医保电子凭证|就诊卡|身份证|驾驶证|驾照)';
const OTHERS = '(?:老人|父母|爸妈|爸爸|妈妈|爷爷|奶奶|家人|亲戚|别人|他人|朋友|邻居|同事)';
/** The promise that no one checks. */
const UNCHECKED =
  '(?:大家都这么(?:做|干|弄)|都是这么(?:做|干|弄)的|(?:一般|基本|根本|肯定|通常)?(?:不会|没人)(?:被)?(?:查|发现|管|追究)|查不(?:到|出来?)|没人(?:查|管|发现)|不会有事)';

/** A contract or an agreement: 合同, 协议, 网签合同, 补充协议. */
const CONTRACT = '(?:合同|协议|补充协议|协议书|合同书|契约)';
/** The one for the record, at a price below the real one: 低价合同, 价格写低的合同, 阴合同. */
const LOW_PRICED =
  '(?:低价|低于实际(?:成交)?价格?的?|压低(?:了)?价格的?|价格(?:写|填|报|签)(?:得)?低(?:一)?(?:点|些)?的?|虚低价格?的?|假的?|阴)';
/** What the low one is shown to: the record, the tax office, the transfer. */
const FOR_RECORD = '(?:备案|网签|过户|报税|纳税|缴税|交税|登记|鉴证|申报|审批|上报|办证|应付检查)';
/** The one kept for the real deal: 实际价格, 真实价格, 高价. */
const REAL_PRICED = '(?:实际|真实|实际成交|真实成交|高价|阳)';
/** Signed or made. */
const SIGN = '(?:签|签订|签署|订立|做|准备|写|立|拟)';

/** Papers only the employer or the bank may issue about a person. */
const OWN_PAPER =
  '(?:在职证明|工作证明|收入证明|工资证明|工资流水|银行流水|流水账单|存款证明|资产证明|财力证明|纳税证明|社保缴纳证明|营业执照|劳动合同)';
/** Made by another: 代开, 代做, 代出具, 包装, 美化, 刷. */
const MADE_BY_ANOTHER =
  '(?:代开|代做|代出具?|代为开具|代为出具|代写|包装|美化|刷|伪造|虚开|制作假的?)';

/** An office or an agent offering to make another's papers of job, income or money. */
export const FAKE_PAPER_OFFER_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.fake-documents',
    severity: 'warn',
    pattern: new RegExp(
      `(?<![不勿禁])(?:可|可以|能|能够|均可|都可以?|负责|提供|帮|帮忙|帮您|为您|协助)(?:协助|帮助|帮忙|帮您|为您|代为|帮)?${MADE_BY_ANOTHER}(?:一份|一套|一整套|相关|所需的?)?${OWN_PAPER}(?:(?:和|、|及|以及|或)${OWN_PAPER})*`,
      'g',
    ),
    message: '提供代开在职证明、银行流水等材料，涉嫌伪造证明文件、骗取签证或贷款',
  },
]);

export const CHEAT_ADVICE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Two contracts for one deal, the low one for the record and the real one kept apart (after
    // heldout-final99): 为少交相关费用，双方也可以签一份低价合同用于备案、另签一份实际价格的合同私下执行;
    // 网签价格可以写低一点，实际成交价另签补充协议; 建议签阴阳合同，能省不少契税. The 阴阳合同 evades
    // tax and fees (税收征收管理法 第六十三条) and may void the filed contract (民法典 第一百四十六条);
    // an office may not advise it. A ban (严禁签订阴阳合同) or a case punished disowns it
    // (regradeCheatAdvice); 合同一式两份 is one contract in two copies.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `${SIGN}(?:一份|一个|份|个|一套)?${LOW_PRICED}${CONTRACT}${IN}{0,16}?(?:另|再|私下|背后|另外|同时)(?:行|再|私下)?${SIGN}(?:一份|一个|份|个)?${IN}{0,10}?${REAL_PRICED}${IN}{0,8}?${CONTRACT}|${SIGN}(?:一份|一个|份|个)?${IN}{0,8}?${REAL_PRICED}${IN}{0,8}?${CONTRACT}${IN}{0,16}?(?:另|再|同时|另外)(?:行)?${SIGN}(?:一份|一个|份|个)?${LOW_PRICED}${CONTRACT}${IN}{0,6}?${FOR_RECORD}|(?<![不勿禁])(?:可以|可|不妨|建议|最好|就|干脆|还能|也能|也可以?)(?:双方)?${SIGN}(?:一份|一个|份|个|一套|两份|两套)?[“"]?(?:阴阳合同|黑白合同|阴阳协议|大小合同|双合同)[”"]?|(?:合同|网签|备案|申报|协议)(?:上|里|中)?的?(?:价格|价款|金额|成交价|房价|租金|流转费|转让费)${IN}{0,4}?(?:可以|可|就|不妨|尽量|最好)?(?:写|填|报|签|做)(?:得)?(?:低|少)(?:一点|一些|点|些)?${IN}{0,16}?(?:少交|少缴|少付|省|避|逃|免)${IN}{0,4}?(?:税|费)`,
      'g',
    ),
    message: '教唆签订“阴阳合同”、以低价合同备案逃避税费，属违法行为',
  },
  {
    rule: 'legal.fake-documents',
    severity: 'warn',
    pattern: new RegExp(
      `(?:开|办|做|弄|买|造|伪造|编|搞)(?:一份|一张|一个|个|几张|份|张)?(?:假|虚假|假的)(?:的)?${PAPER}(?:${IN}{0,12}?)${EASY}`,
      'g',
    ),
    message: '教唆伪造合同、证明等材料骗取公共资金，涉嫌诈骗',
  },
  {
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:用|借用|拿|借|冒用|刷)${OTHERS}的?${CARD}${IN}{0,24}?(?:${UNCHECKED}[，,]?){1,3}`,
      'g',
    ),
    message: '教唆冒用他人医保卡等证件并称“不会被查”，涉嫌骗保等违法行为',
  },
  {
    // An office's own advice to borrow another person's card for care (没有参加医保的，可以借用家里其他人
    // 的医保卡就诊开药，同样可以按比例报销): no promise is needed, the office itself allows it.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?<![不勿])(?:可以|可|能|也可以?|直接)(?:借用|借|冒用|拿)(?:家里|家中|身边)?(?:其他人|其他家人|子女|儿女|配偶|${OTHERS})(?:${IN}){0,4}?的?${CARD}${IN}{0,12}?(?:就诊|看病|开药|买药|拿药|购药|报销|结算|住院|挂号)`,
      'g',
    ),
    message: '引导冒用他人医保卡就医、报销，属于骗取医保基金的违法行为',
  },
  {
    // Medical-insurance money told to be swapped for goods or cash (年底账户余额较多的，可到指定药店将
    // 个人账户余额兑换成购物卡或现金; 医保卡里的钱可以在药店换米面油; 用医保卡刷生活用品; 余额不仅能买药，还能
    // 在专柜直接刷卡换购米、面、食用油): the fund pays
    // for care and medicine only (医疗保障基金使用监督管理条例 第十五条, 第三十八条), so the office's own tip
    // is advice to defraud it. 医保 or 社保 names the account up to 80 characters before in the paragraph,
    // or the account itself does. What the account may pay (可以支付…就医购药的费用) buys no goods, and a
    // ban (严禁…兑换现金) or a case disowns it (regradeCheatAdvice).
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:医保卡|社保卡|医保账户|医保个人账户|医保电子凭证|(?:个人账户|账户)(?<=(?:医保|医疗保险|社保)[^\\n]{0,80}?(?:个人账户|账户)))(?:里|中|内|上)?(?:的)?(?:余额|资金|钱|余钱|结余|余款|金额)?(?:(?!不(?:能|可|得|予|允许|支持)|禁止|严禁|勿)${IN}){0,16}?(?:兑换成?|换成|换取|换购|折换成?|折现|刷成|套换成?|转换成|换|刷|购买|买)(?:${IN}{0,3}?)(?:购物卡|超市卡|消费卡|充值卡|购物券|加油卡|现金|米面油|米[、，,]面|粮油|大米|食用油|日用品|生活用品|洗衣液|化妆品|家电|烟酒|保健品|礼品)`,
      'g',
    ),
    message: '引导将医保个人账户资金兑换现金、购物卡或生活用品，属于套取医保基金的违法行为',
  },
]);

/** The sentence forbids, punishes or reports it (个别药店以“…”为由招揽顾客: someone else's pitch). */
const DISOWNED =
  /严禁|禁止|不得|切勿|请勿|不要|千万别|违法|违规|犯罪|骗提|骗取|骗保|追究|处罚|查处|查实|被查|曝光|案例|涉嫌|追回|列入|失信|黑名单|偷逃|逃税|无效|为由|招揽|反映/;

/** A warning against such agents, a ban or a case. */
const WARNED = /谨防|警惕|提防|小心|当心|骗局|陷阱|不法中介|非法中介|黑中介/;

export const regradeFakePaperOffer: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return WARNED.test(text.slice(from, to)) ? 'info' : regradeCheatAdvice(span, severity, ctx);
};

export const regradeCheatAdvice: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  // The advice's own words (一般不会被查) are not its disowning.
  const around = text.slice(from, span.start) + text.slice(span.end, to);
  return DISOWNED.test(around) ? 'info' : severity;
};
