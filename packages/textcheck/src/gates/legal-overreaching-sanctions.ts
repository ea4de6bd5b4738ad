// Sanctions beyond the power of the body that announces them, whose ground is the person's own
// noncompliance (拒不整改的…, 拖欠…的): deposits frozen or premises sealed by a coordinating office,
// identity cards kept or held, detention by anyone but the police, a business licence revoked by a body
// that did not issue it, water or power cut to collect a debt, debtors' children barred from school, a
// whole village deprived for one member's offence, benefits owed by law stopped to force another task,
// residents shamed on a notice board and children refused school until vaccinated; since final211
// detention told as done in a non-police enforcement body's report whose sentence names no body; since
// final216 detention by a fire and rescue brigade; since final219 and final220 detention by a financial
// or other trade regulator and a fine joined to a Party or public-office sanction. The sanctions no law
// lets an account impose at all are in legal-unlawful-sanctions.ts.
import type { Regrade } from './lexicon-findings.ts';
import { VILLAGE_BODY } from './legal-unlawful-sanctions.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

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

/**
 * A financial or other trade regulator without the police's power (after final220): 地方金融工作部门,
 * 金融监管局, 地方金融管理局, 金融办, 人民银行, 网信办, 烟草专卖局, 邮政管理局, 药品监督管理局.
 */
const REGULATOR_BODY =
  '(?:(?:地方)?金融(?:工作|监督管理|监管|管理)(?:局|部门|中心|服务中心|办公室|办)?|(?:地方)?金融(?:工作)?服务中心|金融办|(?:人民银行|人行)(?:[\\u4e00-\\u9fff]{0,6}?(?:分行|支行|中心支行))?|网信办|烟草专卖(?:局|部门)?|邮政管理(?:局|部门)|药品监督管理(?:局|部门)|药监(?:局|部门))';
/** A sum of money: 2万元, 5000元, 两万元. */
const MONEY = '[0-9０-９一二两三四五六七八九十百千万.]+(?:万元|元)';

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
    // Since final216 also a fire and rescue brigade (消防救援大队…对负责人处以行政拘留五日): it may warn,
    // fine, seal and order a stop (《消防法》第七十条), the detentions the Fire Law names are the
    // police's under the public security administration law.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${COORDINATING_OFFICE}|我局|本局|我委|我办|我队|本站|我站|本机关|我中心|本中心|我支队|本支队|[区市县省]?(?:外办|外事办公室|外事办|侨办|台办)|(?<![公安])[区市县省]?(?:商务|发改|发展改革|工信|科技|财政|人社|民政|农业农村|水利|林业|教育|卫健|医保|统计|审计|司法|城管|文旅|体育|市场监督管理|住建|交通)(?:局|委|委员会)|[\\u4e00-\\u9fff]{0,6}?(?:保护站|管护站|管理站|保护区管理处)|消防救援(?:大队|支队|总队|站|机构)|消防(?:大队|支队)|市场监管(?:局|部门)|城管|综合执法|税务(?:局|部门)|卫健|自然资源|生态环境|住建|交通运输|文旅|应急管理)(?:(?!公安|派出所|移送|移交|提请|由)${IN}){0,48}?(?:处以|予以|给予|实施|作出|处)(?:其|当事人|经营者|对方|相关负责人|负责人)?(?:${DETENTION_TERM})?(?:行政)?拘留`,
      'g',
    ),
    message: '行政拘留只能由公安机关决定（《行政处罚法》第十八条），其他行政机关无权实施',
  },
  {
    // Detention told as done in a non-police enforcement body's report, the body named earlier in the
    // post and the sentence naming none (after final211): 市交通运输综合行政执法支队…共查处“黑车”27辆。
    // 其中，对两名…驾驶人依法处以行政拘留10日. Only the police decide detention (《行政处罚法》第十八条
    // 第三款); the body may hand the case over (移送公安机关), and a post naming the police anywhere is
    // theirs (regradeOverreachingSanction). A statute quoted (…的，处五日以下拘留; 可以处以) is no report.
    // Since final216 also a fire and rescue brigade's (消防救援大队在检查中发现…大队依法对该超市处以罚款一万元，
    // 并对负责人孙某某处以行政拘留五日); a clause that hands the person to the police first (移送公安机关依法
    // 对其处以行政拘留) tells the police's act.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `对(?<=(?:综合行政执法|综合执法|执法支队|执法大队|城管|交通运输|市场监管|市场监督管理|自然资源|生态环境|文化市场|农业农村|应急管理|林业|水利|住建|卫健|消防救援|消防大队|消防支队)[^]{0,300}?对)(?<!(?:公安|派出所|警方|移送|移交)[^，,。；！？!?\\n]{0,12}对)(?:(?!公安|派出所|民警|警方|移送|移交|提请|由|的[，,])${IN}){1,40}?(?<![，,、可并或被])(?:依法)?(?:处以|予以|给予)(?:${DETENTION_TERM})?行政拘留`,
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
  {
    // Detention announced by a financial or other trade regulator (after final220): 县地方金融工作部门
    // 已依法对其中2名散发人员处以行政拘留5日. A local financial office, the financial regulator, the
    // central bank's branch, the cyberspace office or a tobacco, postal or drug regulator may fine or
    // refer; only the police decide detention (《行政处罚法》第十八条第三款).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${REGULATOR_BODY}(?:(?!公安|派出所|民警|警方|移送|移交|提请|报请|由)${IN}){0,48}?(?:处以|予以|给予|实施|作出|处)(?:其|当事人|经营者|对方|相关负责人|负责人)?(?:${DETENTION_TERM})?(?:行政)?拘留`,
      'g',
    ),
    message: '行政拘留只能由公安机关决定（《行政处罚法》第十八条），其他行政机关无权实施',
  },
  {
    // A fine joined to a Party or a public-office sanction (after final219): 陈某某受到党内严重警告处分，
    // 并处罚款2万元. Neither has a fine (《中国共产党纪律处分条例》第八条: 警告、严重警告、撤销党内职务、
    // 留党察看、开除党籍; 《公职人员政务处分法》第七条: 警告、记过、记大过、降级、撤职、开除); the
    // commission takes the gains back (收缴违纪所得) and hands crimes on. A court's 罚金 is no 罚款.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:党内(?:严重)?警告|撤销党内(?:一切)?职务|留党察看|开除党籍|政务(?:警告|记过|记大过|降级|撤职|开除)|(?:党纪|政务)处分)(?:处分)?(?:[，,、；;]?(?:并|同时|另)(?:处以?|处罚|给予|予以)?|[，,、](?:处以|给予|予以))(?:经济)?罚款(?:${MONEY})?`,
      'g',
    ),
    message:
      '党纪处分和政务处分均无罚款（《中国共产党纪律处分条例》第八条，《公职人员政务处分法》第七条），纪检监察机关无权罚款，违纪所得应予收缴',
  },
]);
