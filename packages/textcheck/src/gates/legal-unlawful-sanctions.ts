// Sanctions no law lets the account impose, announced as its own (after heldout-final137): door
// cards stopped to force a registration (不配合的…停用其门禁卡), children barred from exams or the
// army for a relative's offence (其子女不得参加公务员考试), fines set by a village committee
// (由村委会罚款500元), water and power cut to force a contract (未签协议的…停止供水供电), a whole
// building's heating stopped for one debtor, people kept until they pay (未付清费用的…不得离开),
// offenders shown to the public (游街示众; 家门口张贴“涉毒户”), homes opened while their owners are out
// (由开锁师傅开门入户), a committal on a relative's word alone (家属签字即可强制住院), pupils
// punished bodily (可采取罚站…等体罚措施), exits locked during a show, petitioners called 刁民 and a
// storage fee charged for a vehicle the authority itself impounded; since heldout-final166 fines set
// by a firm, a school or volunteers, since final172 fines by a cemetery, an ageing office or a
// people's organisation, and since final203 fines by a power or water utility. Since final206 to
// final209 also fines by a village committee by its other names (嘎查委员会, an Inner Mongolian
// village's; with the proximity rule legal.fine-by-village-body, which now names it too:
// 由嘎查委员会对牧户每只羊罚款50元) and a market's own management fining or confiscating
// (市场管理办公室将一律没收其电子秤，并当场处以200元罚款); since final217 also by a village's own council
// (由村红白理事会处以2000元罚款). A ban, a warning, a complaint, a question or
// a case is a mention (regradeUnlawfulSanction). Sanctions whose ground is the person's own
// noncompliance — detention, identity cards held, accounts frozen, licences revoked by others — are
// in legal-overreaching-sanctions.ts.
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
 * and the Inner Mongolian 嘎查 (嘎查委员会, 嘎查村委会); since final217 also the village's own councils
 * under it (红白理事会, 村民议事会, 道德评议会, 禁毒禁赌会: they advise and persuade under the village
 * rules and hold no power to punish).
 */
export const VILLAGE_BODY =
  '(?:村委会?|村民委员会|村两委|居委会|居民委员会|村民小组|嘎查(?:村)?(?:委员会|村委会|两委)|(?:村|社区)?(?:红白理事会|村民议事会|道德评议会|禁毒禁赌会))';
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
