// An office claiming what only a court may do, or a sanction no law gives it (after final202 to
// final205): a patent or trademark office deciding the damages of an infringement and enforcing them
// (由我局直接裁定侵权方赔偿数额并强制执行: under 《专利法》第六十五条 the office that handles a dispute
// may order the infringement stopped and, at the parties' request, only mediate the damages; failing
// that, the parties sue — 《商标法》第六十条 is alike), a housing provident fund centre taking an
// employer's arrears from its bank account itself (本中心将直接从单位银行基本账户中强制划扣欠缴款项:
// 《住房公积金管理条例》(2019) 第三十八条 — the centre orders payment within a time, then may apply to
// the people's court for enforcement), and a bureau of its own suspending or revoking a business
// licence (由我局处以5万元罚款并暂扣营业执照, in a high-tech certification notice: only the registration
// authority acts on a business licence, 《市场主体登记管理条例》 and 《行政处罚法》第九条). Since final210
// also buildings on land occupied unlawfully pulled down by the land office itself (逾期不拆除的，由我局
// 直接组织强制拆除): under 《土地管理法》(2019) 第八十三条, when the party neither sues within fifteen days
// nor pulls them down, the office that decided the penalty applies to the people's court for
// enforcement. Quiet: a mediation of damages, an application to the court, a fund centre offsetting a
// borrower's own fund account, a market regulator's own licence, and a demolition under the planning
// law ordered by the county government (《城乡规划法》第六十八条).
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/**
 * Words that disown the power: a denial of the act itself (not 不得再次申报 beside it), a question, a
 * rumour, a wrong corrected.
 */
const DISOWNING =
  /(?:无权|不能|不得|不可|无法|不会|不具有|不具备|并非|不是|不属于)(?:直接|自行|擅自|依法)?(?:裁定|裁决|决定|判定|责令|强制|执行|划扣|扣划|划拨|冻结|暂扣|吊销|扣押|处以|罚款|从|对|确定)|无权|误区|错误|谣|网传|违法(?:扣|划|冻结|暂扣|吊销)|纠正|被(?:查|罚|处|通报|曝光)|投诉|举报|[？?]/;
const bySentence = informsWhenSentence(DISOWNING);

/** A post about the housing provident fund: only there is a debit of an employer's account read. */
const HOUSING_FUND = /公积金/;
export const regradeFundDebit: Regrade = (span, severity, ctx) =>
  HOUSING_FUND.test(ctx.doc.text) ? bySentence(span, severity, ctx) : 'info';

/** A post by or about the registration authority: its licence is its own to act on. */
const REGISTRAR = /市场监管|市场监督管理|工商(?:行政管理|局|部门|所)|登记机关/;
export const regradeLicenceAction: Regrade = (span, severity, ctx) =>
  REGISTRAR.test(ctx.doc.text) ? 'info' : bySentence(span, severity, ctx);

export const regradeCourtOnlyPower: Regrade = bySentence;

/** The office speaking: itself or the department handling patents, trademarks or copyright. */
const IP_OFFICE =
  '(?:我局|本局|我中心|本中心|[区市县省]?知识产权局|(?:专利|知识产权)(?:行政)?(?:管理)?(?:部门|机关)|管理专利工作的部门|[区市县省]?市场监管(?:局|部门)|[区市县省]?版权局)';

export const COURT_ONLY_POWER_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // The damages of an infringement decided, ordered or enforced by the office: 由我局直接裁定侵权方
    // 赔偿数额并强制执行, 知识产权局将责令侵权人赔偿损失.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:专利|商标|著作权|版权|侵权)${IN}{0,80}?)${IP_OFFICE}(?:(?!调解|法院)${IN}){0,10}?(?:裁定|裁决|判定|判令|决定|责令|确定|核定)(?:(?!调解|法院)${IN}){0,8}?(?:赔偿|支付赔偿金?)(?:数额|金额|损失|款项|费用)?(?:(?:并|后|且)(?:依法)?(?:强制执行|执行到位|强制划扣))?`,
      'g',
    ),
    message:
      '专利、商标等侵权纠纷中，行政管理部门可责令停止侵权，对赔偿数额只能应请求进行调解，调解不成的由当事人向人民法院起诉（《专利法》第六十五条、《商标法》第六十条），无权裁定赔偿并强制执行',
  },
]);

/** Land occupied unlawfully, or the Land Administration Law named, earlier in the post. */
const LAND_CASE =
  '(?<=(?:非法占用|非法占地|违法占地|违法用地|非法用地|土地管理法|未经批准(?:擅自)?占用${IN}{0,8}?土地)[^]{0,300}?)';
/** The land office speaking or named: 我局, 县自然资源局, 市自然资源和规划局, 国土资源所. */
const LAND_OFFICE =
  '(?:我局|本局|我所|本所|[区市县省旗]?(?:自然资源(?:和规划)?|规划和自然资源|国土资源|国土)(?:局|部门|所|分局))';

export const LAND_DEMOLITION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Buildings on land occupied unlawfully pulled down by the land office itself (after final210):
    // 逾期不拆除的，由我局直接组织强制拆除; 县自然资源局将依法强制拆除. An application to the court (申请人民
    // 法院强制执行) or a demolition the government orders (由县人民政府责成…) does not match.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${LAND_CASE}(?:由)?${LAND_OFFICE}(?:(?!申请|法院|提请|报请|人民政府|政府|责成|移送|移交)${IN}){0,12}?(?:强制拆除|强行拆除|强拆|强制执行|组织拆除)`,
      'g',
    ),
    message:
      '对非法占用土地上新建建筑物责令限期拆除，当事人逾期不起诉又不自行拆除的，由作出处罚决定的机关依法申请人民法院强制执行（《土地管理法》第八十三条），自然资源部门无权自行强制拆除',
  },
]);

export const FUND_DEBIT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // An employer's arrears taken from its bank account by the fund centre: 本中心将直接从单位银行基本
    // 账户中强制划扣欠缴款项, 冻结欠缴企业银行账户. A borrower's own fund account (从其住房公积金账户中扣划)
    // is not a bank account of the employer and does not match.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?:直接|强制|自行|依法)?(?:从|在|对)(?:欠缴|未缴|该|相关|涉事)?(?:单位|企业|用人单位)(?:的)?(?:银行)?(?:基本|结算|存款)?(?:存款)?(?:账户|帐户)(?<=(?:银行|基本|结算|存款)(?:存款)?(?:账户|帐户))(?:中|内|里|上)?${IN}{0,4}?(?:强制|直接)?(?:划扣|扣划|划拨|划转|扣缴|扣收|扣除|划款|扣款)|(?:冻结|划扣|扣划)(?:欠缴|未缴|该|相关)?(?:单位|企业|用人单位)(?:的)?(?:银行)?(?:基本|结算)?(?:存款)?(?:账户|帐户|存款)(?<=(?:银行|基本|结算|存款)(?:存款)?(?:账户|帐户|存款)))(?:欠缴|应缴)?(?:的)?(?:款项|资金|住房公积金|公积金)?`,
      'g',
    ),
    message:
      '单位逾期不缴或少缴住房公积金的，由住房公积金管理中心责令限期缴存，逾期仍不缴存的，可以申请人民法院强制执行（《住房公积金管理条例》第三十八条），中心无权自行划扣、冻结单位账户',
  },
]);

export const LICENCE_ACTION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A business licence suspended or revoked by the bureau speaking, in a post that is not the
    // registration authority's: 由我局处以5万元罚款并暂扣营业执照, 本委将吊销其营业执照.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:由|经)?(?:我局|本局|我委|本委|我办|本办|我中心|本中心|[区市县省]?(?:科技|科学技术|发改|发展改革|工信|商务|人社|教育|民政|财政|统计|文旅|卫健|农业农村|住建|交通运输|自然资源|生态环境)(?:局|委|厅|部门))(?:(?!提请|移送|移交|建议|通报|市场监管|工商)${IN}){0,24}?(?:暂扣|吊销|扣押|收缴)(?:其|该企业|企业|当事人|经营者|商户|单位)?(?:的)?营业执照`,
      'g',
    ),
    message:
      '营业执照只能由登记机关（市场监管部门）依法处理，其他部门无权暂扣、吊销，可依法移送或提请登记机关处理；罚款也须有法律、法规、规章的明确规定（《行政处罚法》第九条、第十六条）',
  },
]);
