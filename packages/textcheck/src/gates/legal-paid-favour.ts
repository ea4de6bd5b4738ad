// Pattern families of the legal gate for a public service sold to whoever pays: a licence or an
// approval sped up for a fee (缴纳300元加急服务费即可在7个工作日内领证, 想早点拿证的，交200元就能插队),
// public money paid out sooner for a fee (缴纳200元手续费即可加快到账, 交300元服务费就能提前发放), a fee
// paid into a staff member's own account (费用请转至工作人员个人微信), or an outcome of a review
// guaranteed for a fee (每户交500元“评审费”可保证通过评审), or a place in a public queue moved up through an
// insider for a price (我们有内部渠道可以帮忙往前调整排位，费用面议; after heldout-final100). An office charges only
// fees the law sets, into its own account; either offer is 乱收费 or a bribe, or a scam that borrows an
// office's name. A service told free (无需缴纳任何加急费), a ban (严禁…转入个人账户) or a scam warning
// only informs (regradeHazard, with the legal gate's).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Within one clause. */
const CLAUSE = '[^。；！？\\n，,]';
/** The reader paying: 缴纳, 交, 付 (not an office's 收取, which a ban or a price list names). */
const PAY = '(?<!无需|无须|不用|不需|不必|免|不再)(?:缴纳|交纳|缴|交|付|支付|另付|多付|加付|转账?)';
/** A fee for speed: 加急服务费, 插队费, 绿色通道费, 300元加急费. */
const SPEED_FEE =
  '(?:加急|插队|优先|提速|快速|急件|加速|绿色通道|VIP通道|快速通道|特快)(?:服务|办理|通道|处理)?费';
/** What the fee brings out: a licence, a certificate, an approval. */
const ISSUED =
  '(?:领证|拿证|取证|出证|发证|下证|领到证|拿到证|办证|领取证件|拿到证件|办结|审批|批下来|出结果|过审|办好|办完)';
/** Money paid for a place ahead: 交200元就能插队, 给300块可以优先审批, 塞红包就能插队. */
const PAID_SUM = `(?:(?:${PAY}|给|花)(?:上|了)?[0-9０-９.一二三四五六七八九十两百千]+(?:元|块)|交钱|花钱|给钱|塞钱|送钱|塞红包|给红包|给好处费?)`;
const AHEAD =
  '(?:插队|加塞|优先(?:办理|审批|发证|领证|拿证)|提前(?:拿证|领证|出证|发证|审批|办结)|当天(?:拿证|领证|出证)|加急(?:办理|拿证|领证|出证)|(?:加快|加速|尽快|提前|优先|快速)(?:到账|发放|拨付|兑付|打款|放款|到位|审核|审批|办结|领到))';
/**
 * A fee by a name an office might charge, paid for public money or a service to come sooner:
 * 缴纳200元手续费即可加快到账, 交300元服务费就能提前发放, 付点辛苦费就能尽快拨付. Subsidies, relief and
 * compensation are paid on their schedule and free of charge; a fee that speeds them is 乱收费, a bribe
 * or a scam in an office's name. Not 工本费, the price of a card reissued (缴纳工本费即可当天领取).
 */
const ERRAND_FEE =
  '(?:手续费|服务费|代办费|跑腿费|辛苦费|好处费|疏通费|茶水费|介绍费|关系费|劳务费|信息费|激活费|解冻费|通道费)';

/** A sum paid or a fee by its name: 500元, 两千块, “评审费”, 好处费. */
const SUM_OR_FEE =
  '(?:[0-9０-９.一二三四五六七八九十两百千万]+(?:元|块)|[“"「]?[\\u4e00-\\u9fa5]{1,4}费[”"」]?)';
/** An outcome of an office's review guaranteed: 保证通过评审, 确保评上, 包批下来, 稳过审核. */
const GUARANTEED =
  '(?:保证|确保|包|保|稳|肯定|一定)(?:能|可以|可)?(?:通过|评上|选上|入选|获批|批下来|批准|审批通过|审核通过|过审|评为|当选|录用|录取)';

const FINDING =
  '(?:(?:司法)?鉴定(?:结论|意见|结果|报告|意见书|等级)|伤残等级(?:结论|鉴定)?|伤残评级|损伤程度|检测(?:报告|数据|结果|结论)|检验(?:报告|数据|结果|结论)|评估(?:报告|结果|结论|价值|价格)|审计(?:报告|结论|意见)|价格认定结论|认定结论|等级结论)';
/** The finding moved: 调整, 调高, 修改. */
const ADJUSTED = '(?:调整|调高|调低|上调|下调|提高|降低|修改|更改|改动|变更|美化|定制)';

/** A way round the queue through staff or connections: 走内部渠道, 托关系, 找熟人, 走后门. */
const BACKDOOR =
  '(?:(?:走|通过|托|找|靠)[“"「]?(?:内部|特殊|私人|熟人)(?:渠道|通道|关系|门路)[”"」]?|走[“"「]?后门[”"」]?|托关系|找关系|走关系|托熟人|找熟人|托人情)';
/** The fee named before its sum: 服务费2000元, 费用为800元, 收费1500元. */
const FEE_NAMED =
  '(?:(?:加急|服务|手续|代办|办理|跑腿|辛苦|好处)?费(?:用)?|收费|另收|另付|需交|交)(?:为|是|仅需?|只需|共|约|：|:)?';
/** A sum or a fee: 加急费500元, 800元, 两千块. */
const SUM = '[0-9０-９.一二三四五六七八九十两百千万]+(?:元|块)';
/** Issued fast: 当天出证, 三天就能拿证, 次日即可领证, 一周就能批下来. */
const ISSUED_FAST =
  '(?:当天|当日|次日|隔天|第二天|马上|立刻|[0-9０-９一二三四五六七八九十两]+(?:天|日|个工作日|周|个星期))(?:之内|以内|内)?(?:就能|即可|就可以?|可|便可|就)?(?:拿证|领证|出证|发证|下证|拿到证|办结|办好|办完|拿到|批下来|审批通过|出结果)';

/** An insider who can move a place: 内部渠道, 特殊关系, 熟人, 内部人员 (not a 绿色通道, which an office opens). */
const INSIDER =
  '(?<!无法|不能|没有|不存在|杜绝|严禁|禁止|所谓|任何)(?:通过|找|托|走)?(?:内部渠道|内部关系|内部门路|内部名额|内部指标|内部人员|内部人|特殊渠道|特殊关系|特殊通道|关系户|托关系|找关系|走关系|熟人|门路|路子)';
/** A place in a public queue moved up: 往前调整排位, 优先分配, 提前入住, 插队. */
const MOVED_UP =
  '(?:(?:往前|向前|提前|靠前)(?:调整|调|排|安排|挪|提)(?:排位|排名|排序|顺序|名次|位次|号)?|调整(?:轮候)?(?:排位|排序|顺序|位次|名次)|(?:排位|排序|位次|名次|顺序|轮候)(?:往前|提前|靠前|前移|提前)|(?:优先|提前)(?:分配|配租|配售|入住|入学|选房|摇号|拿号|挂号|就诊|手术|住院|入院|入园|安排|审批|办理|发证|上牌)|插队|加塞)';
/** The price of it: 费用面议, 收费另谈, 交点好处费, 有偿. */
const FAVOUR_FEE =
  '(?:(?:费用|价格|价钱|收费|报酬|酬劳)(?:面议|另议|私聊|详谈|好商量|另谈|私下谈|私信|可谈)|(?:交|付|给|收|塞)(?:上|了)?(?:一定|少量|点|些|一点)?(?:的)?(?:好处费|辛苦费|感谢费|介绍费|跑腿费|红包|好处|费用)|有偿(?:办理|帮忙|服务)?|意思一下)';

export const PAID_FAVOUR_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A service sped up through staff or connections for a sum (after heldout-final102): 找窗口工作人员
    // 走内部渠道，加急费500元当天出证; 托关系，给800元三天就能拿证; 花两千块走后门，一周就能批下来. An
    // office's urgent service goes by its published rules; a fee through a back door is a bribe or a
    // scam. A ban (严禁走后门、托关系) names no sum and promises nothing. The fee may come last and the
    // way be quoted (走“内部渠道”，三个工作日出证，服务费2000元; after heldout-final103).
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `${BACKDOOR}${IN}{0,16}?${SUM}${IN}{0,8}?${ISSUED_FAST}|(?:${PAY}|给|花|塞)(?:上|了)?${IN}{0,4}?${SUM}${IN}{0,8}?${BACKDOOR}${IN}{0,12}?${ISSUED_FAST}|${BACKDOOR}${IN}{0,12}?${ISSUED_FAST}${IN}{0,8}?${FEE_NAMED}${SUM}`,
      'g',
    ),
    message: '称通过内部渠道、托关系交钱即可加急办证，涉嫌行贿、违规收费或诈骗',
  },
  {
    // A place in a public queue moved up through an insider for a price: 我们有内部渠道可以帮忙往前
    // 调整排位，费用面议; 有熟人可以帮您优先分配公租房，需交一定好处费; 想插队的找我们内部人员，给点辛苦费
    // 就行. Public rental housing, school places, hospital beds and licences go by the published
    // order (公共租赁住房管理办法 第二十条); a place sold out of turn is 乱收费 or a bribe, or a scam in an
    // office's name. A denial (任何人无法通过内部渠道调整排位) or a warning (谨防“交钱插队”骗局) sells
    // nothing.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `${INSIDER}${IN}{0,16}?${MOVED_UP}${IN}{0,20}?${FAVOUR_FEE}|${MOVED_UP}${IN}{0,12}?${INSIDER}${IN}{0,16}?${FAVOUR_FEE}`,
      'g',
    ),
    message: '声称可通过内部渠道收费调整轮候排位、优先分配，涉嫌违规收费、行贿或诈骗',
  },
  {
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `${PAY}${IN}{0,8}?${SPEED_FEE}${IN}{0,16}?(?:即可|就能|就可|便可|可以|可|能)${IN}{0,12}?${ISSUED}|${PAY}(?:上|了)?${IN}{0,8}?${ERRAND_FEE}${CLAUSE}{0,6}?(?:即可|就能|就可以?|便可|可以|可|能|就)(?:帮您?|为您?|帮你|给您?|给你)?${AHEAD}|${PAID_SUM}${IN}{0,6}?(?:即可|就能|就可|便可|可以|可|能)${AHEAD}|${ISSUED}${IN}{0,8}?(?:慢|急)${IN}{0,10}?${PAID_SUM}${IN}{0,6}?(?:即可|就能|就可|便可|可以|可|能)?${AHEAD}`,
      'g',
    ),
    message: '以收取“加急费”等承诺加快办证、审批，涉嫌违规收费或诈骗',
  },
  {
    // Money paid for an office's review to go one's way: 每户交500元“评审费”可保证通过评审, 交2000元包批
    // 下来, 给村干部送1000元就能确保评上低保. Subsistence aid, poverty status, a licence or a post is
    // granted on its terms; a fee that guarantees it is 乱收费 or a bribe, or a scam in an office's name.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${PAY}|送|塞)(?:上|了)?${IN}{0,4}?${SUM_OR_FEE}${CLAUSE}{0,10}?[，,]?(?:即可|就能|就可以?|便可|可以|可|能|就|才能)?${GUARANTEED}`,
      'g',
    ),
    message: '以交钱承诺“保证通过”评审、审批，涉嫌违规收费、行贿或诈骗',
  },
  {
    // A fee sent to a staff member's own WeChat, Alipay or card: 费用请转至工作人员个人微信, 报名费转到
    // 经办人个人支付宝, 扫工作人员个人收款码缴费.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern:
      /(?:费用|款项|费|钱|押金|保证金|罚款|税款)[^。；！？\n]{0,8}?(?:转|打|汇|付|交|缴|存)(?:至|到|给|入|进)(?:本单位|我们的?|我局|我中心)?(?:工作人员|经办人|窗口人员|办事员|负责人|专管员|网格员|村干部)[^。；！？\n]{0,4}?个人(?:的)?(?:微信|支付宝|账户|帐户|账号|银行卡|卡|收款码)|(?:扫|扫描)(?:工作人员|经办人|窗口人员|办事员|专管员|网格员|村干部)(?:的)?个人(?:微信|支付宝)?收款码/g,
    message: '要求将费用转入工作人员个人账户，涉嫌违规收费或诈骗',
  },
  {
    // An expert finding offered to suit the client: 本所可根据委托方诉讼需要对伤残等级结论作适当调整,
    // 鉴定意见可按客户要求出具, 检测数据可根据企业需要灵活调整, 保证出具满意的评估报告. A judicial
    // appraisal, a test report or a valuation must follow the facts (司法鉴定程序通则; 刑法 第二百二十九条,
    // 提供虚假证明文件); one tailored to who pays is a false certificate sold. A review on a party's
    // application (当事人对鉴定意见有异议的，可申请重新鉴定), a service adjusted to the client (根据委托方
    // 需要提供加急服务) and a ban (不得根据委托人要求出具虚假结论) are no such offer.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!不得|不能|不会|不可|严禁|禁止|绝不|决不|拒绝)(?:根据|按照|按|依照|依|视|满足|配合|迎合)(?:委托方|委托人|委托单位|客户|当事人|贵方|您|雇主|企业|送检单位|送检方)(?:的)?${CLAUSE}{0,6}?(?:需要|需求|要求|意愿|意图|意见|期望)${IN}{0,12}?${FINDING}${IN}{0,8}?(?:作|做|进行|予以)?(?:适当|相应|灵活|合理)?${ADJUSTED}|${FINDING}${CLAUSE}{0,6}?(?:可|能|均可|都可以?|可以)(?:根据|按照|按|依|视|满足)(?:委托方|委托人|委托单位|客户|当事人|贵方|您|雇主|企业|送检单位|送检方)(?:的)?${CLAUSE}{0,6}?(?:需要|需求|要求|意愿|期望)(?:进行|作|做|予以)?(?:适当|相应|灵活)?(?:调整|出具|修改|更改|确定|定制|调高|调低)|(?:保证|确保|包)(?:出具|出)?(?:让您|让客户)?(?:满意|理想|想要|符合要求|符合预期)的${FINDING}`,
      'g',
    ),
    message: '鉴定、检测、评估机构按委托方需要调整结论，涉嫌出具虚假证明文件',
  },
]);

/** An expert finding: an appraisal's conclusion, a grade of disability, a test or a valuation report. */
