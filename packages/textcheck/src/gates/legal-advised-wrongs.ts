// Unlawful acts the account advises, allows or runs itself (after heldout-final141): fines paid into
// an officer's own account or without the official receipt (罚款可…微信转账…支付给执法人员，不再另行
// 开具罚款收据), takings routed through relatives' accounts to stay under a tax threshold (营业款通过
// 家人微信收款，分散入账…享受免税), claims paid on papers nobody checks (合同是否实际履行我们不做核查),
// wages paid in cards or goods (用等值购物卡或建材抵付部分工资), tobacco or alcohol sold to minors on a
// parent's note (持有家长签字字条…可予以出售), and a banned act said not to be punished when small
// (庭院零星种植50株以下的，一般不予处罚; 捕捞少量鱼虾…渔政部门不作处罚; 少量燃放的，公安机关不予查处).
// A ban, a warning, a right to refuse, a misconception named or a question is a mention
// (regradeAdvisedWrong).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence, informsWhenSentenceOrCase } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Words that disown the act. Penalties and 不予处罚 belong to the claims themselves. */
export const regradeAdvisedWrong = informsWhenSentenceOrCase(
  /违法|违规|严禁|禁止|不得|不准|切勿|请勿|谨防|警惕|有权拒绝|拒绝缴纳|骗取|骗提|套取|偷逃|逃税|谣|不实|误区|以为|误认为|[？?]/,
);

export const ADVISED_WRONG_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A fine paid into an officer's own account.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:罚款|罚没款|罚金)${IN}{0,20}?(?:微信|支付宝|转账|扫码|现金)${IN}{0,10}?(?:支付|转账|转|交|付|缴)(?:给|至|到)(?:执法人员|执法队员|民警|交警|工作人员|经办人|个人|其个人)`,
      'g',
    ),
    message:
      '罚款应缴入指定银行或由执法人员当场收缴并出具统一罚款收据，不得转入执法人员个人账户（《行政处罚法》第六十七条至第七十条）',
  },
  {
    // A fine taken without the official receipt.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:罚款|罚没款)${IN}{0,40}?(?:不再另行|不再|不另行|无需|不用|不)(?:开具|出具|提供|开)(?:罚款|罚没)?(?:收据|票据|发票|凭证)`,
      'g',
    ),
    message:
      '当场收缴罚款必须出具财政部门统一制发的专用票据，不出具的当事人有权拒绝缴纳（《行政处罚法》第七十条）',
  },
  {
    // Takings routed through other people's accounts to stay under a tax threshold.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:营业款|营业额|营业收入|收入|货款|销售款|销售额)${IN}{0,16}?(?:家人|亲属|亲友|亲戚|他人|朋友|员工|多个)(?:的)?(?:微信|支付宝|账户|银行卡|收款码)${IN}{0,24}?(?:免税|不用缴税|不用交税|不交税|少缴|少交|避税|起征点)|(?:分散入账|拆分入账|分开入账|拆分收款|分散收款)${IN}{0,20}?(?:免税|避税|少缴|少交|起征点)`,
      'g',
    ),
    message:
      '教唆通过他人账户分散收取经营收入以享受免税，属隐匿收入、偷逃税款，违反《税收征收管理法》',
  },
  {
    // Claims paid on papers whose truth nobody checks.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:合同|协议|证明|材料)${IN}{0,6}?(?:是否|有无)(?:实际|真实|真的)(?:履行|租住|居住|租房|发生|入住|经营)${IN}{0,8}?(?:不做|不作|不予|不|无需|不用|不会)(?:核查|审核|核实|查验|审查)`,
      'g',
    ),
    message: '宣称对虚假合同不作核查即可办理提取或补贴，变相引导骗取公共资金',
  },
  {
    // Wages paid in cards or goods.
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `(?:购物卡|购物券|代金券|消费券|提货券|实物|建材|产品|商品|房产|车位|抵用券)${IN}{0,6}?(?:抵付|抵扣|抵发|代替|替代|折抵|冲抵|顶替|抵顶)${IN}{0,6}?工资|工资${IN}{0,12}?(?:以|用|改用|折成)(?:等值)?(?:购物卡|购物券|代金券|消费券|提货券|实物|产品|商品)(?:的形式)?(?:发放|支付|抵付|代替)`,
      'g',
    ),
    message:
      '工资应当以货币形式支付，不得以实物、有价证券代替（《劳动法》第五十条、《保障农民工工资支付条例》）',
  },
  {
    // Tobacco or alcohol sold to minors on a parent's note.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:家长|父母|监护人)${IN}{0,6}?(?:字条|纸条|便条|委托书|同意书|授权书|签字|委托)${IN}{0,30}?(?:未成年人|未成年|学生|孩子|小孩|儿童)${IN}{0,20}?(?:可|可以|允许|准予)(?:予以)?(?:出售|销售|售卖|卖给)|(?:未成年人|未成年|学生|孩子|小孩|儿童)${IN}{0,20}?(?:家长|父母|监护人)${IN}{0,6}?(?:字条|纸条|便条|委托书|同意书|授权书|签字)${IN}{0,30}?(?:可|可以|允许|准予)(?:予以)?(?:出售|销售|售卖|卖给)`,
      'g',
    ),
    message: '不得向未成年人出售烟酒，持家长字条代购亦不例外（《未成年人保护法》第五十九条）',
  },
]);

/** A small banned act said unpunished: the ban is its premise, so only a refutation disowns it. */
export const regradeWaivedPenalty = informsWhenSentence(/谣|不实|误区|以为|误认为|并非|不是|[？?]/);

export const WAIVED_PENALTY_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A banned act said not to be punished when small.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:少量|零星|少许|几株|几棵|自家食用|自用|\\d+株以下|不满\\d+株|每户不超过)(?<=(?:禁止|禁放|禁捕|禁渔|禁烧|禁种|严禁|管制|毒品)[^]{0,300}?(?:少量|零星|少许|几株|几棵|自家食用|自用|\\d+株以下|不满\\d+株|每户不超过))${IN}{0,40}?(?:一般|原则上|暂)?(?:不予|不作|不会予以|不会被|不会|免予)(?:处罚|查处|追究|罚款)`,
      'g',
    ),
    message: '称少量实施禁止行为不予处罚，与法律规定不符，可能诱导违法；禁止性规定不因数量少而免除',
  },
]);
