// Sanctions no law lets the account impose, announced as its own (after heldout-final137): door
// cards stopped to force a registration (不配合的…停用其门禁卡), children barred from exams or the
// army for a relative's offence (其子女不得参加公务员考试), fines set by a village committee
// (由村委会罚款500元), water and power cut to force a contract (未签协议的…停止供水供电), a whole
// building's heating stopped for one debtor, people kept until they pay (未付清费用的…不得离开),
// offenders shown to the public (游街示众; 家门口张贴“涉毒户”), homes opened while their owners are out
// (由开锁师傅开门入户), a committal on a relative's word alone (家属签字即可强制住院), pupils
// punished bodily (可采取罚站…等体罚措施), exits locked during a show, petitioners called 刁民 and a
// storage fee charged for a vehicle the authority itself impounded; since heldout-final142 a whole
// village's subsidies withdrawn for one member's offence, since heldout-final166 fines set by a
// firm, a school or volunteers, and since final172 fines by a cemetery, an ageing office or a
// people's organisation, detention by a station or a bureau, and a licence revoked by an office that
// did not issue it, and since final203 fines by a power or water utility. Since final206 to final209
// also fines by a village committee by its other names (嘎查委员会, an Inner Mongolian village's; with
// the proximity rule legal.fine-by-village-body, which now names it too: 由嘎查委员会对牧户每只羊罚款50元),
// detention by a village committee, guards or patrols (一律由村委会予以拘留), identity cards held by
// whoever (由各村管水员暂扣用水户身份证; 将身份证交由护林员暂扣) and a market's own management fining or
// confiscating (市场管理办公室将一律没收其电子秤，并当场处以200元罚款). A ban, a
// warning, a complaint, a question or a case is a mention
// (regradeUnlawfulSanction).
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence, informsWhenSentenceOrCase } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/**
 * Words that disown the sanction. Fines and 不得 belong to the sanctions themselves, so unlike
 * regradeCheckDodge they are no sign of a mention here.
 */
const DISOWNING =
  /违法|违规|严禁|禁止|杜绝|严防|(?:不得|不准)(?:体罚|变相|采取|使用|以|锁|封)|无权|无效|侵犯|侵害|纠正|整改|责令|被(?:查|罚|处|判|曝光|通报)|(?<!被|遭)投诉|举报|维权|谣言|不实|隐患|[？?]/;

export const regradeUnlawfulSanction = informsWhenSentenceOrCase(DISOWNING);

/**
 * A village or residents' committee by any of its names: 村委会, 村民委员会, 村两委, 居委会, 村民小组,
 * and the Inner Mongolian 嘎查 (嘎查委员会, 嘎查村委会).
 */
const VILLAGE_BODY =
  '(?:村委会?|村民委员会|村两委|居委会|居民委员会|村民小组|嘎查(?:村)?(?:委员会|村委会|两委))';
/**
 * A market's or a mall's own management (农贸市场管理办公室, 市场服务中心, 市场开办方, 本商场): it runs the
 * place under its contracts and holds no power to punish. Not a market regulator (市场监督管理所).
 */
const MARKET_OPERATOR =
  '(?:(?<!监督|监)市场(?:管理处|管理办公室|管理办|管理中心|服务中心|管理方|开办方|开办者|经营方|运营方|物业)|(?:我|本)(?:市场|商场|超市|商城))';

/** A storage fee is the authority's own only for a vehicle it impounded (扣押, 暂扣, 扣留). */
const IMPOUNDED = /扣押|暂扣|扣留|查扣/;

/**
 * A storage fee in a post with no impounded vehicle informs; a notice on collecting one names the
 * owner (当事人) and the penalty, so a case tried is no mention here.
 */
const bySentence = informsWhenSentence(DISOWNING);
export const regradeImpoundFee: Regrade = (span, severity, ctx) =>
  IMPOUNDED.test(ctx.doc.text) ? bySentence(span, severity, ctx) : 'info';

export const UNLAWFUL_SANCTION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Door cards or entry stopped to force a registration or a payment.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:暂停|停用|冻结|注销|关闭)(?:其|该户)?(?:的)?(?:门禁卡?|门禁权限|人脸识别权限)${IN}{0,14}|门禁卡?(?:将|一律)${IN}{0,8}?(?:停用|暂停|冻结)${IN}{0,6}`,
      'g',
    ),
    message: '以停用门禁、限制进出住宅强迫居民配合，侵犯公民住宅和人身自由，缺乏法律依据',
  },
  {
    // Relatives punished at work for a household that will not sign or move (after final182): 对拒不
    // 配合的住户，其在区属单位工作的亲属一律暂停工作，直至签约完成. Collective punishment: a relative's post
    // answers for no one else's refusal (《公务员法》 and 《劳动合同法》 give no such ground).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:拒不|不配合|未签|未按(?:期|时)|逾期未|阻挠|阻碍|抗拒|钉子户)${IN}{0,30}?)(?:其|该户|对方)?(?:在${IN}{0,10}?(?:工作|任职|上班)的)?(?:亲属|家属|子女|配偶|家人|近亲属)${IN}{0,6}?(?:一律|将|均|都|予以|须|要)?(?:暂停工作|停止工作|停职|停岗|待岗|调离(?:岗位)?|辞退|解聘|开除|停发工资|停薪)`,
      'g',
    ),
    message: '因他人不配合而处理其亲属的工作（停职、停岗、辞退等），属株连，缺乏法律依据',
  },
  {
    // Children or relatives barred from exams or the army for another's offence.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:子女|近亲属|亲属|家属|家人)${IN}{0,6}?(?:将)?(?:不得|不能|禁止|限制|取消)${IN}{0,4}?(?:报考|参军|入伍|考公|政审)${IN}{0,30}`,
      'g',
    ),
    message: '株连限制在逃人员亲属报考、参军、享受补贴，缺乏法律依据，违反罪责自负原则',
  },
  {
    // Fines set by a village or residents' committee (also by its other names: 村两委, 嘎查委员会), a
    // property company or a community. A fine told straight after the one fined (由嘎查委员会对牧户每只羊
    // 罚款50元) is the proximity rule legal.fine-by-village-body's.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${VILLAGE_BODY}|物业(?:公司)?|社区)${IN}{0,4}?(?:处以|处|给予|予以)${IN}{0,6}?罚款${IN}{0,12}`,
      'g',
    ),
    message: '村（居）委会、物业无行政处罚权，自行罚款违反《行政处罚法》',
  },
  {
    // Fines announced by a firm of itself, by volunteers or patrols, or by a school (after
    // heldout-final166 and final167): 将由我公司处以2000元罚款, 志愿者将当场处以200元罚款, 我校将处以
    // 罚款, and by a coordinating office or a people's organisation (由区老龄办对冒领人处以冒领金额三倍的
    // 罚款; after final180), by a supply and marketing co-operative (县供销合作社已作出罚款…的处理; after
    // final184). None holds the power to punish (《行政处罚法》第十七条); an authority fining a firm
    // (对该公司处以罚款) is a case and does not match. Since final186 and final188 also a consumer
    // association (县消协决定对其处以罚款2万元: it mediates and supervises, 《消费者权益保护法》第三十七条)
    // and a foreign or overseas Chinese affairs office (市外办将对外籍人员处以罚款: a foreigner's illegal
    // stay is fined or detained by the police's exit and entry office, 《出境入境管理法》第七十八条).
    // Since final203 also a utility — a power, water, gas or heat supplier, or its station speaking of
    // itself in a post on theft of power or water (凡查实窃电的，我所将一律处以5000元罚款): it may recover
    // the charges and the penalty charge of its supply contract, the fine is the power or water
    // authority's (《电力法》第七十一条).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!对${IN}{0,6})(?:(?:由|经)?(?:我|本)(?:公司|集团|校|馆)|(?:由|经)?(?:我|本)所(?<=(?:窃电|电能表|电表|违约用电|用电|供电|窃水|水表|用水|供水|燃气|供气|供热)${IN}{0,40}?所)|(?:供电|供水|供气|燃气|供热|热力|电力|自来水)(?:所|公司|分公司|局|站|营业所|营业厅|企业|集团)|志愿者|巡查队|巡逻队|网格员|保安|业委会|业主委员会|协会|商会|供销合作社|供销社|基层社|[区市县省]?(?:老龄办|老龄委|妇联|残联|总工会|团委|团市委|团县委|红十字会|慈善总会|侨联|科协|关工委|消协|消委会|外办|外事办|外事办公室|侨办|台办))(?:已|将|可|会)?(?:对${IN}{1,16}?)?${IN}{0,4}?(?:处以|处|给予|予以|作出)${IN}{0,10}?罚款${IN}{0,12}`,
      'g',
    ),
    message:
      '企业（含供电、供水等公用企业）、学校、供销合作社、志愿者、群团组织等无行政处罚权，自行罚款违反《行政处罚法》',
  },
  {
    // A transport firm's staff fining passengers on the spot (after final185): 地铁集团站务人员发现乘客在
    // 车厢内饮食的，将当场处以50元罚款. A metro or a bus company may dissuade, refuse carriage and
    // report; the fine is the transport or the police authority's (a case handed on, 移交公安机关处理,
    // does not match).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:站务人员|站务员|乘务员|乘务人员|列车员|安检员|安检人员|票务人员|检票员|司乘人员|稽查员|稽查人员)(?:(?!移交|移送|交由|报请|提请|公安|执法|城管|交通运输)${IN}){0,20}?(?:将|可|会|有权)?(?:当场|现场)?(?:处以|处|给予|予以)${IN}{0,8}?罚款`,
      'g',
    ),
    message:
      '地铁、公交、铁路等运营企业的工作人员无行政处罚权，可劝阻、拒绝运送或报告执法部门，不得自行罚款',
  },
  {
    // A cemetery or a funeral home fining or confiscating of itself (after final172): 对违反规定者，
    // 陵园管理处将没收祭扫用品并处以200元罚款. Penalties under the funeral rules are the civil affairs
    // department's (《殡葬管理条例》第二十条); a cemetery may dissuade and report, not punish. A fine the
    // department itself sets (由民政部门责令改正，可处以罚款) does not match.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!对(?:该|其|涉事|这家|一家|某)?)(?:陵园|公墓|墓园|殡仪馆)(?:管理处|管理所|管理中心|服务中心|工作人员)?${IN}{0,3}?(?:将|会|可|有权)?(?:没收${IN}{0,8}?(?:并|后)?(?:处以|处|给予|予以)${IN}{0,6}?罚款|(?:处以|处|给予|予以)${IN}{0,6}?罚款|没收)${IN}{0,12}`,
      'g',
    ),
    message: '陵园、公墓等经营管理单位无行政处罚权，自行罚款、没收违反《行政处罚法》',
  },
  {
    // A market's or a mall's own management fining or confiscating of itself (after final209): 凡在通道
    // 摆放货物的，市场管理办公室将一律没收其电子秤，并当场处以200元罚款. It may end a stall's lease under
    // the contract and report to the market regulator or the city enforcement; fines and confiscation are
    // theirs (《行政处罚法》第十七条). A market fined (对该市场处以罚款) is a case.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!对(?:该|其|涉事|这家|一家|某)?)${MARKET_OPERATOR}(?:(?!移交|移送|报请|提请|上报|报告|交由|协助|配合|监管|执法|城管|公安)${IN}){0,6}?(?:将|会|可|有权)?(?:对${IN}{1,16}?)?(?:一律|统一|当场|现场|直接)?(?:没收(?:${IN}{0,10}?[，,]?(?:并|后)(?:当场|现场)?(?:处以|处|给予|予以)${IN}{0,8}?罚款)?|(?:处以|处|给予|予以)${IN}{0,8}?罚款)`,
      'g',
    ),
    message:
      '市场开办者、商场等经营管理单位无行政处罚权，可依合同管理或报告执法部门，不得自行罚款、没收（《行政处罚法》第十七条）',
  },
  {
    // Water, power or heat cut to force a contract or a move, or from a whole building for one debt.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:未签|未签订|不签|拒签|拒不签|拒不搬迁|不搬迁|未搬迁|未腾退)${IN}{0,30}?(?:停止|停|断|切断)(?:其)?(?:房屋|住房)?(?:的)?(?:供水供电|水电|供水|供电|供暖|供气)|(?:欠费|未缴|拖欠)${IN}{0,24}?(?:整个|整栋|整幢|全)(?:单元|楼栋|楼)${IN}{0,4}?(?:暂停|停止|停)(?:供暖|供水|供电|供气)${IN}{0,8}`,
      'g',
    ),
    message:
      '以停水停电停暖等方式迫使签约或连带处罚未欠费住户，违反《国有土地上房屋征收与补偿条例》等规定',
  },
  {
    // People kept until they pay.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:未结清|未缴清|未付清|未交清|未结算)${IN}{0,12}?(?:不得|不准|不能|禁止)(?:离院|离开|离店|出院|走)${IN}{0,24}|(?:劝留|扣留|留置|看管)${IN}{0,8}?(?:直至|直到)${IN}{0,6}?(?:结清|付清|缴清|交清)`,
      'g',
    ),
    message: '以未付费为由限制人身自由，涉嫌非法拘禁',
  },
  {
    // Offenders to be shown to the public (组织…示众, 押到村口示众; not a story of the old days), or
    // their homes marked.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:组织|将于|将在|押到|押至|押往|拉到|带到)${IN}{0,20}?(?:公开示众|游街示众|游街|示众)${IN}{0,10}|(?:家门口|门口|大门|门上)${IN}{0,4}?(?:张贴|悬挂|挂)${IN}{0,6}?[“"]?(?:吸毒户|涉毒户|赌博户|涉赌户|偷盗户|小偷)`,
      'g',
    ),
    message: '对违法人员示众、张贴侮辱性标识，侵犯人格尊严，违反《行政处罚法》等规定',
  },
  {
    // Homes opened while their owners are out.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:开锁|撬锁|破门|撬门)${IN}{0,8}?(?:入户|进屋|进入室内)${IN}{0,12}|(?:不在家|无人在家|家中无人)${IN}{0,12}?(?:开门|开锁)入户${IN}{0,12}`,
      'g',
    ),
    message: '未经住户同意开锁入户，侵犯公民住宅权',
  },
  {
    // Committal to a psychiatric ward on a relative's word alone.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:家属|监护人|亲属|近亲属)${IN}{0,4}?(?:签字|同意)${IN}{0,6}?(?:即可|就可|就能|便可)${IN}{0,6}?(?:强制住院|强制治疗|非自愿住院)${IN}{0,24}|强制住院${IN}{0,10}?(?:无需|不需要?|不用)(?:患者)?(?:本人)?同意${IN}{0,20}`,
      'g',
    ),
    message: '未经危险性评估、仅凭家属签字强制住院，违反《精神卫生法》的自愿原则',
  },
  {
    // Pupils punished bodily, as a method recommended.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:可采取|可以采取|采取|可用|可以用)${IN}{0,16}?体罚(?:措施|方式|手段|办法)?${IN}{0,16}`,
      'g',
    ),
    message: '推行体罚学生，违反《未成年人保护法》《教师法》',
  },
  {
    // Emergency exits locked while people are inside.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:期间|营业时|演出时|开放时)${IN}{0,12}?(?:安全出口|疏散通道|消防通道|疏散门|安全门)${IN}{0,4}?(?:将|一律)?(?:上锁|锁闭|锁死|封堵|封闭)${IN}{0,4}`,
      'g',
    ),
    message: '人员密集场所使用期间锁闭安全出口，违反《消防法》',
  },
  {
    // Petitioners or residents called 刁民.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:极少数|少数|个别|极个别|这些|这种|这类)${IN}{0,12}?刁民${IN}{0,16}`,
      'g',
    ),
    message: '将群众称为“刁民”并扬言处置，侮辱信访群众，违反《信访工作条例》',
  },
]);

export const IMPOUND_FEE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A storage fee charged before an impounded vehicle is given back.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:停车|车辆|存车)?保管费${IN}{0,10}?(?:缴费后|缴纳后|交费后|付清后|后)?(?:方可|才能|才可)(?:放行|提车|领取|取车|提取)`,
      'g',
    ),
    message: '行政机关扣押车辆的保管费用应由其承担，向当事人收取违反《行政强制法》第二十六条',
  },
]);

/**
 * Sanctions beyond the authority's power (after heldout-final141): a noncompliant person's wording
 * (拒不整改的, 违规的) is the ground of the sanction here, so only a ban, a penalty on the one who
 * imposed it or a question disowns it;
 * detention announced in a police post is the police's own.
 */
const overreachBySentence = informsWhenSentence(
  /严禁|禁止|杜绝|属违法|系违法|是违法|违法(?:扣押|实施|采取)|(?:不得|不准|任何)(?:组织|个人|单位)?(?:扣押|采取|以)|无权|无效|侵犯|侵害|纠正|被(?:查|罚|处|判|曝光|通报)|投诉|举报|谣言|不实|监视居住|[？?]/,
);
export const regradeOverreachingSanction: Regrade = (span, severity, ctx) => {
  const found = ctx.doc.text.slice(span.start, span.end);
  // A post by the police or the border police is theirs to tell, and only the police make arrests
  // (抓获); a case handed to the police (移送公安机关, after final178) makes no police post.
  if (
    /拘留/.test(found) &&
    /(?<!移送|移交|交由|报请|提请)(?:公安|派出所|民警|警方|边检|边防|出入境|海警)|抓获/.test(
      ctx.doc.text,
    )
  )
    return 'info';
  return overreachBySentence(span, severity, ctx);
};

/** A benefit owed by law: a pension, a subsistence allowance, a farm or an old-age subsidy. */
const OWED_BENEFIT =
  '(?:养老金|养老保险待遇|低保金?|最低生活保障金?|(?:耕地)?地力保护补贴|种粮补贴|惠农补贴|各类补贴|各项补贴|高龄补贴|残疾人(?:两项)?补贴|救助金|优抚金)';

/**
 * An office that coordinates a task and holds no power of its own to punish or to coerce: 森林防灭火
 * 指挥部办公室, 垃圾分类办, 信用办, 领导小组办公室 — a run of Han characters without the police's words,
 * ending in 办公室, 指挥部 or 办.
 */
const COORDINATING_OFFICE =
  '(?:(?!公安|派出所|禁毒|[我本由])[\\u4e00-\\u9fff]){2,12}?(?:指挥部办公室|领导小组办公室|委员会办公室|指挥部|(?<![公安机举承督创开兴主协代查包置筹申交买首试合])办(?!理|法|事|案|学|公))';
/** A term told before the detention: 五日以下, 10日以下的, 十日. */
const DETENTION_TERM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日(?:以下|以内)?(?:的)?';

export const OVERREACHING_SANCTION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Deposits or accounts frozen, or premises sealed, by a coordinating office (市信用办将依法冻结其银行
    // 账户并查封经营场所; after final190): only the organs a law names may freeze deposits (《行政强制
    // 法》第二十九条) or seal premises (第十七条); a credit office lists and shares, the departments
    // punish jointly (联合惩戒).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${COORDINATING_OFFICE}(?:(?!公安|法院|税务|海关|移送|移交|提请|申请|由|商请|通报)${IN}){0,16}?(?:冻结(?:其|企业|当事人|该企业|涉事企业)?(?:的)?(?:银行账户|银行存款|存款|资金|账户)|查封(?:其|企业|当事人)?(?:的)?(?:经营场所|场所|财产|厂房|设备))(?:(?:并|和|、|及)(?:查封|冻结|扣押)${IN}{0,8}?(?:场所|财产|账户|存款|设备|财物))?`,
      'g',
    ),
    message:
      '冻结存款、查封场所等行政强制措施只能由法律、法规规定的行政机关实施（《行政强制法》第十七条、第二十九条），协调机构无权实施',
  },
  {
    // An identity card's original kept by a service window while a case is handled (after final185):
    // 办理期间申请人身份证原件须留存窗口，待办结领证时一并退还. A card is checked and handed back at once;
    // a copy may be kept (身份证复印件留存), the original may not (《居民身份证法》第十五条).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:居民)?身份证(?:件)?原件(?:须|需|需要|应|要|一律|统一|请)?(?:留存|留置|暂存|暂留|留在|押在|交由${IN}{0,8}?保管|交窗口保管)(?:在|于)?(?:窗口|本中心|中心|大厅|前台|柜台|办公室|我局|本局|单位)?`,
      'g',
    ),
    message:
      '任何组织或者个人不得扣押居民身份证（《居民身份证法》第十五条），核验后应当场退还，可留存复印件',
  },
  {
    // Identity cards held to force a person to report; since final206 whoever holds them (由各村管水员暂扣
    // 用水户身份证) and a card handed over to be held until the holder leaves (将身份证交由护林员暂扣，出山时
    // 凭登记单领回, after final207). A card shown and handed back (交由工作人员核验) is not held.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:暂扣|扣押|扣留|收缴|没收|收走|扣下)(?:其|当事人|对方|[\\u4e00-\\u9fff]{0,4}?(?:户|人|员|者|主|商|工|生|民|客|方|属))?(?:的)?(?:居民)?身份证(?:件)?(?!号|信息|复印)|(?:居民)?身份证(?:件)?(?:原件)?(?:须|需|需要|应|应当|要|一律|统一|请|必须)?(?:交由|交给|交予|留给|交到|交至|留在|放在)${IN}{0,10}?(?:暂扣|扣押|扣留|扣下|作抵押|抵押|(?:保管|暂存|暂留|留存)(?=${IN}{0,20}?(?:领回|取回|退还|归还|返还|发还)))|(?:居民)?身份证(?:件)?(?:原件)?(?:须|需|需要|应|应当|要|一律|统一|请|必须)?(?:押在|押给|抵押在|抵押给|作为抵押|作抵押)`,
      'g',
    ),
    message:
      '任何组织或者个人不得扣押居民身份证（《居民身份证法》第十五条），执法中暂扣身份证缺乏法律依据',
  },
  {
    // Administrative detention announced by a body other than the police, also a wildlife or a
    // reserve station (对私自张网捕鸟者，本站将处以行政拘留; after final173) or a bureau named in full
    // (区商务局…并对相关负责人处以行政拘留十日; after final178), or a foreign affairs office (市外办…对外籍
    // 人员予以拘留; after final186). Since final190 also a coordinating office or a headquarters named
    // by its task (县森林防灭火指挥部办公室, 区垃圾分类办, 市信用办) and a term told before the word
    // (处以五日以下行政拘留). Since final199 and final200 also a service centre or an enforcement
    // detachment speaking of itself (由我中心依法处以行政拘留5日, 我支队…对主管人员处以行政拘留十日).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${COORDINATING_OFFICE}|我局|本局|我委|我办|我队|本站|我站|本机关|我中心|本中心|我支队|本支队|[区市县省]?(?:外办|外事办公室|外事办|侨办|台办)|(?<![公安])[区市县省]?(?:商务|发改|发展改革|工信|科技|财政|人社|民政|农业农村|水利|林业|教育|卫健|医保|统计|审计|司法|城管|文旅|体育|市场监督管理|住建|交通)(?:局|委|委员会)|[\\u4e00-\\u9fff]{0,6}?(?:保护站|管护站|管理站|保护区管理处)|市场监管(?:局|部门)|城管|综合执法|税务(?:局|部门)|卫健|自然资源|生态环境|住建|交通运输|文旅|应急管理)(?:(?!公安|派出所|移送|移交|提请|由)${IN}){0,48}?(?:处以|予以|给予|实施|作出|处)(?:其|当事人|经营者|对方|相关负责人|负责人)?(?:${DETENTION_TERM})?(?:行政)?拘留`,
      'g',
    ),
    message: '行政拘留只能由公安机关决定（《行政处罚法》第十八条），其他行政机关无权实施',
  },
  {
    // Detention announced by a village or residents' committee, a property firm, guards or patrols
    // (after final206): 凡被护河员当场发现的偷采人员，一律由村委会予以拘留. No one but the police may
    // detain (《行政处罚法》第十八条; 《立法法》第十一条); villagers may seize one caught in the act only
    // to hand him to the police at once (《刑事诉讼法》第八十四条), which does not match (扭送, 移交公安).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${VILLAGE_BODY}|(?:我|本)(?:村|社区|嘎查)(?:委员会|两委)|物业(?:公司|服务中心)?|业委会|保安(?:人员|队)?|护林员|护河员|巡河员|网格员|治安联防队|联防队|巡逻队|巡查队|志愿者)(?:(?!公安|派出所|民警|警方|警察|移送|移交|扭送|送交|提请|报请|协助|配合|由)${IN}){0,16}?(?:将|可|一律|有权)?(?:予以|给予|处以|实施|进行|作出|处)(?:${DETENTION_TERM})?(?:行政)?拘留`,
      'g',
    ),
    message:
      '拘留只能由公安机关依法决定，村（居）委会、物业、巡逻队等无权拘留他人，擅自关押涉嫌非法拘禁（《行政处罚法》第十八条）',
  },
  {
    // A business licence revoked by a body that did not issue it (after final174): 对拒绝、阻碍普查工作
    // 的个体工商户，统计机构将依法吊销其营业执照. Only the market regulator that registered a business
    // may revoke its licence (《市场主体登记管理条例》); a statistics, tax or township office may fine,
    // warn or refer (提请, 移送 市场监管部门吊销 is lawful and does not match); nor may a supply
    // co-operative or an association (县供销合作社已作出罚款并吊销营业执照的处理; after final184).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:统计机构|统计局|统计部门|普查机构|普查办|税务机关|税务局|税务部门|气象(?:局|部门)|人社(?:局|部门)|医保(?:局|部门)|教育(?:局|部门)|街道办?|乡镇政府|镇政府|乡政府|村委会|居委会|社区|供销合作社|供销社|行业协会|协会|商会)(?:(?!市场监管|工商|提请|移送|移交|通报|建议|由)${IN}){0,10}?(?:吊销|注销)(?:其|该户|当事人|经营者|商户)?(?:的)?营业执照`,
      'g',
    ),
    message: '营业执照只能由登记机关（市场监管部门）吊销，其他机关无权吊销，可依法移送或提请处理',
  },
  {
    // Water or power cut by a property firm or a landlord to collect a debt.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:拖欠|欠缴|未缴|未交|不交|拒交|拒缴|不缴|欠费|拒不|不配合)${IN}{0,30}?(?:物业|开发商|房东|出租人)${IN}{0,14}?(?:可|可以|有权|将|会)${IN}{0,4}?(?:暂停|停止|切断|中断|断|停)(?:其)?(?:供水供电|供电供水|水电|供水|供电|供暖|供热|供气|燃气)`,
      'g',
    ),
    message:
      '物业服务人不得采取停止供电、供水、供热、供燃气等方式催交物业费（《民法典》第九百四十四条）',
  },
  {
    // Debtors' children barred from school beyond the high-fee private schools the rule names (also
    // until the debt is paid, after heldout-final142).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:失信被执行人|被执行人|老赖|欠款人|债务人)(?:的)?(?:子女|孩子|小孩)${IN}{0,16}?(?:不得|不能|不准|不允许|禁止|限制|取消)(?:其)?(?:就读|入读|入学|上学|报名|升学|进入)(?!${IN}{0,4}?(?:高收费|私立|民办|贵族))${IN}{0,12}|(?:限制|不准|不允许|取消)(?:其|失信被执行人|被执行人|老赖)?(?:的)?(?:子女|孩子)${IN}{0,4}?(?:就读|入读|进入|报名|入学)(?:本地|本县|本市|本区|辖区|任何)?(?:公办|公立)${IN}{0,12}`,
      'g',
    ),
    message:
      '失信被执行人子女仅被限制就读高收费私立学校，禁止其就读公办学校侵犯受教育权（《最高人民法院关于限制被执行人高消费及有关消费的若干规定》）',
  },
  {
    // A whole village or estate deprived of subsidies or shares for one member's offence (凡发生一起…
    // 的，取消该行政村全体农户当年耕地地力保护补贴) (after heldout-final142): a sanction falls on the
    // offender alone.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:取消|扣发|停发|暂停发放|暂停|扣减|扣除|收回|不予发放|不再发放)(?:该|所在|整个|全)?(?:行政村|自然村|村民小组|村|组|社区|小区|楼栋|片区)?(?:的)?(?:全体|所有|全部)(?:农户|村民|居民|住户|群众|家庭|业主|商户|成员)${IN}{0,12}?(?:补贴|补助|低保|分红|福利|奖补|奖励|资金|待遇)|(?:全村|全组|整村|全社区|全小区)(?:所有|全体)?(?:农户|村民|居民|住户|家庭)?${IN}{0,6}?(?:一律)?(?:取消|停发|扣发|不予发放|不得享受|不再享受)${IN}{0,10}?(?:补贴|补助|分红|奖补|福利)`,
      'g',
    ),
    message:
      '因个别人违法而取消全村、全体住户的补贴或分红，属“连坐”式处罚，违反《行政处罚法》处罚法定和过罚相当原则',
  },
  {
    // Statutory benefits stopped to force a task they do not depend on (after heldout-final154):
    // 逾期未整改的农户，一律暂停发放耕地地力保护补贴和养老金; 拒不拆除的，停发其低保. A pension, a
    // subsistence allowance or a farm subsidy is owed by law, not earned by cleaning a yard or signing a
    // contract; a subsidy withheld for what it pays for (撂荒, 未按规定种植) is its own condition.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:未|拒不|不)(?:按期|按时|按要求|按规定)?(?:整改|清理|拆除|签约|签订|搬迁|腾退|完成整治)(?!${IN}{0,30}?(?:撂荒|抛荒|种植|耕种|复耕))${IN}{0,24}?(?:一律|将|均|予以)?(?:暂停|停止|停|取消|扣发|扣除|扣减|不予)(?:发放|享受|拨付)?(?:其|该户)?(?:的)?${IN}{0,12}?${OWED_BENEFIT}(?:[、和及与]${OWED_BENEFIT})*`,
      'g',
    ),
    message:
      '以暂停发放养老金、低保、惠农补贴等法定待遇迫使群众完成无关事项，缺乏法律依据，侵犯群众合法权益',
  },
  {
    // Residents named and shamed on a notice board.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:居民|住户|业主|村民|租户|家庭)${IN}{0,30}?(?:张贴|公布|公开|曝光)${IN}{0,4}?(?:其|该户|他们|相关人员)?(?:的)?(?:姓名|名字|门牌号?|房号|住址|照片)${IN}{0,14}?(?:曝光|示众|通报批评|公开批评)|(?:曝光|点名曝光)(?:其|该户|他们)(?:的)?(?:姓名|门牌号?|房号|住址|照片)`,
      'g',
    ),
    message:
      '张贴居民姓名、门牌号予以曝光，侵犯个人信息和名誉，缺乏法律依据（《个人信息保护法》《民法典》）',
  },
  {
    // Children refused school entry until vaccinated.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:未(?:按规定|按时|按照规定)?(?:接种|完成接种|补种)|漏种|缺种)${IN}{0,30}?(?:不予|不得|不能|拒绝|暂缓)(?:办理)?(?:其)?(?:入学|入园|入托|注册|报名)(?:手续)?|(?:补种|接种)(?:完毕|完成|后)${IN}{0,12}?(?:方可|才能|才可|才准)(?:入学|入园|入托|注册|报到)`,
      'g',
    ),
    message:
      '查验发现未按规定接种的，学校应督促监护人补种，不得以此拒绝儿童入学入园（《疫苗管理法》第四十八条）',
  },
]);
