// Payments and gifts that should be voluntary, pressed on staff, parents and the firms an office
// regulates (a floor per vehicle, shop or project tied to their rating or permits, after final199).
// Staff made to buy or give a set amount each, tied to their appraisal or to a public ranking (认购协作地区农特产品，每人不少于
// 600元，认购情况…纳入单位年度绩效考核, after final170; 每名在职干部职工捐款不少于100元，各单位捐款情况
// 将在全市通报, after final180), or with the amount taken from their pay (捐款…统一从9月工资中代扣，每人不少于
// 200元, after final172); a blood-donation or donation quota with a sanction for falling short (未完成
// 任务的单位取消年度文明单位评选资格, after final172); a child kept out of a show until the parents pay
// (未按时缴费的幼儿，将不能参加国庆节文艺汇演, after final177). Consumption aid (消费帮扶), donations and
// blood donation are voluntary: an amount or a quota enforced is 摊派 (慈善法 第三十二条; 献血法 第二条).
// Since final208 and final209 the rating an office gives the firms it oversees counts as a tie (每家民宿
// 捐款不少于500元…捐款情况将作为民宿等级评定的参考), and so does any sanction on those who do not give
// (未捐款的经营户，明年摊位续租时将不予优先考虑). Since final212 and final213 also the donations' tally
// tied to appraisal with no floor told (捐款情况纳入单位年度绩效考核) and a score taken off a rating for
// not giving (未按时捐款的企业将在建筑市场信用评价中予以扣分). Since final220 also the tally made a
// factor of a regulator's rating of the firms it oversees (捐款情况将作为年度监管评级的参考因素).
// What it leaves: an amount with no tie (每人限购2箱, 欢迎干部职工自愿认购), a tie that is refused (不作为
// 考核依据), a subsidy handed out (每人补贴600元，发放情况纳入考核), a payroll gift volunteers sign up for
// and an exam's own fee.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';

/** Within one clause. */
const CLAUSE = '[^。；;！!？?\\n，,]';
/** Buying or giving: the staff pay, before the amount or between the payer and the amount. */
const PAY = '(?:认购|购买|采购|订购|选购|认捐|捐款|捐赠|捐献|捐助|募捐)';
/** Each head: 每人, 人均, 每名干部, 每位职工. */
const HEAD = '(?:每人|人均|每名[\\u4e00-\\u9fff]{0,4}?|每位[\\u4e00-\\u9fff]{0,4}?)';
/** A floor on the amount: 不少于, 至少. */
const FLOOR = '(?:不少于|不低于|至少|最低|最少|不得少于|不得低于)';
/** A sum of money: 600元, 两千元, 1.5万元. */
const SUM = '[0-9０-９一二三四五六七八九十百千万两.]+(?:元|万元)';
/**
 * A sum or a quantity of goods (after final182: 每名干部职工认购“桐溪香米”不少于50斤): a quota counted in
 * 斤, 箱 or 份 is a purchase pressed on staff as much as one counted in money.
 */
const AMOUNT = `(?:${SUM}|[0-9０-９一二三四五六七八九十百千两.]+(?:斤|公斤|千克|吨|箱|袋|盒|份|件|瓶|桶|提|套|册|本|张))`;
/** A per-head floor: 每人不少于600元, 人均最低500元, 每名干部至少300元, 每人认购不少于50斤. */
const PER_HEAD = `${HEAD}${IN}{0,8}?${FLOOR}${AMOUNT}`;
/** An amount each, with or without a floor: 每人不少于200元, 每人100元. */
const EACH_AMOUNT = `${HEAD}${FLOOR}?${SUM}`;
/**
 * The tally tied to appraisal, or published across the whole body (在全市通报, 在全狱通报, 在全局通报;
 * after final197), in the same sentence.
 */
const TIE = `(?<!不)(?:(?:纳入|计入|列入|作为|与)${IN}{0,16}?(?:考核|绩效|评优|评先|考评|奖惩|挂钩)|(?:将|要|予以)?在全(?:系统|单位|公司|[市县区省狱局院校厂委]){1,2}(?:范围内)?(?:进行)?通报)`;
/** Taken from the pay without asking: 从9月工资中代扣, 在工资里统一扣除. */
const FROM_PAY = `(?:由${CLAUSE}{0,10}?)?(?:从|在)${CLAUSE}{0,8}?(?:工资|薪酬|绩效|奖金)(?:中|里)?(?:统一)?(?:代扣|扣除|扣缴|扣款|直接扣)`;
/** Giving, as a drive asks it of staff: 捐款, 捐赠, 认捐. */
const GIVE = '(?:捐款|捐赠|捐献|捐助|认捐|募捐|一日捐|爱心款)';
/**
 * A floor on each one's gift, by head or by rank (科主任每人捐款不少于500元, 中层干部不低于500元): the
 * sum, not followed by 的, which would make it a threshold for thanks (捐款不少于1000元的爱心人士).
 */
const GIFT_FLOOR = `(?:${HEAD}|(?:干部|职工|员工|党员|教职工|教师|成员|领导|主任|科长|股长|中层))(?:${GIVE})?${FLOOR}${SUM}(?!的|以上的)`;
/** Each unit an office oversees: 每家, 每车, 每个项目, 每户企业. */
const UNIT =
  '(?:每(?:家|户|辆|车|台|所|个(?:项目|单位|企业|工地|门店|商户|村|社区)?|项目|单位|企业|门店|商户))';
/**
 * What the office holds over the unit it regulates: the appraisal tie, a credit or quality rating
 * (信用评价, 质量信誉考核), a grade it awards (等级评定, 星级复核; not a grade the tie is refused: 不作为
 * 等级评定的依据), or its own services suspended (暂停办理施工许可, 不予办理年审).
 */
const UNIT_SANCTION = `(?:${TIE}|(?:信用|信誉)(?:评价|评级|等级|考核)|(?<!不${CLAUSE}{0,10})(?:(?:等级|星级|级别|质量)(?:评定|评审|评价|评级|核定|复核|认定)|评星定级)|(?:暂停|停止|暂缓|不予|不再)(?:办理|受理|审批|发放))`;
/**
 * Those who did not give, and what they lose for it (未捐款的经营户…续租时将不予优先考虑; 没有参加捐款的
 * 单位取消评优资格): the gift is made a condition of what the office or the landlord holds over them.
 */
const NON_GIVER = `(?:未|没有?|不|拒不|拒绝)(?:按时|按要求|按标准|足额)?(?:参与|参加)?${GIVE}(?:的|者)`;
const LOSS = `(?:(?:不予|不再|取消|暂停|暂缓|停止|限制|扣除|扣减|扣发|降低|不得|不能)(?:其)?${IN}{0,6}?(?:续租|续签|续约|优先|办理|审批|受理|资格|评优|评先|评选|评定|评级|等级|补贴|摊位|经营|年审|年检|发放|奖励|考核)|(?:予以|给予|进行|作|一律)?(?:扣分|扣减分值|扣[0-9０-９一二三四五六七八九十]{1,3}分|降级|降等|(?:计入|记入|列入)(?:不良(?:行为)?记录|黑名单|失信名单)))`;
/**
 * A rating a regulator gives the firms it oversees (after final220: 捐款情况将作为年度监管评级的参考因素):
 * 监管评级, 分类评级, 信用评价, 等级评定.
 */
const OVERSIGHT_RATING =
  '(?:监管|分类|信用|信誉|风险|年度|等级|星级)(?:评级|评价|评定|评分|分级|等级)';
/**
 * The donations' tally made part of a unit's appraisal, with no floor told (after final212): 请各单位
 * 组织干部职工积极参与，捐款情况纳入单位年度绩效考核. A tie refused (不纳入, 不得作为) stays quiet.
 */
const TALLY_TIED = `${GIVE}(?:的)?(?:情况|数额|金额|额度|比例|比率|参与率|参与情况|完成情况|人数|率)(?:将|要|须|需|一律|均)?(?<!(?:不|严禁|禁止|不得|不能|不应|不会|不要|无关)${IN}{0,6})(?:纳入|计入|列入|作为|与)${IN}{0,16}?(?:考核|绩效|评优|评先|考评|奖惩|挂钩|${OVERSIGHT_RATING})`;
/** A voluntary act made a unit's task: blood donation, a donation drive, volunteering. */
const VOLUNTARY = '(?:献血|捐款|捐赠|捐献|募捐|一日捐|慈善|志愿服务)';
/** A sanction on a unit or a person for falling short of the task. */
const SHORTFALL_SANCTION = `(?:完不成|未完成|没完成|达不到|未达到|不达标)(?:任务|目标|指标|比例|数量|人数)?(?:的|者)(?:单位|部门|科室|村|社区|个人|人员)?${IN}{0,8}?(?:取消|扣除|扣减|扣发|不得参加|不得参评|一票否决|通报批评)${IN}{0,12}?(?:资格|评优|评先|评选|奖金|绩效|称号|考核)?`;

export const PURCHASE_QUOTA_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?<=${PAY}${IN}{0,40}?)|(?=${IN}{0,12}?${PAY}))(?<span>${PER_HEAD}${IN}{0,40}?${TIE})(?!${IN}{0,4}(?:不|无关))`,
      'g',
    ),
    message: '按人头规定认购、捐款金额并与考核挂钩，属变相摊派、强制消费（消费帮扶、捐赠应当自愿）',
  },
  {
    // A floor on each one's donation, with no appraisal tie (after final183 and final185): 科主任每人捐款
    // 不少于500元、其他职工每人不少于200元; 中层干部每人捐款不低于500元，一般职工不低于200元. A gift with a
    // floor is a levy (慈善法 第三十二条). Giving called voluntary in the sentence (自愿捐款，多少不限), an
    // amount with no floor (人均捐款200元, a result) and a threshold for thanks (捐款不少于1000元的) stay quiet.
    // Since final197 the drive may be named in the sentence before (在全狱开展爱心捐款活动。请…踊跃参与，处级
    // 干部每人不少于500元) or later in the same one (…，周五前将捐款名单报政治处).
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!自愿${IN}{0,40}?)(?:(?<=${GIVE}${IN}{0,30}?(?:[。；;！!]${IN}{0,40}?)?)|(?=${IN}{0,40}?${GIVE}))(?<span>${GIFT_FLOOR})(?!${IN}{0,30}?自愿)`,
      'g',
    ),
    message: '规定每人捐款最低金额，违背捐赠自愿原则，属变相摊派（慈善法第三十二条）',
  },
  {
    // A donation taken from the pay at a set amount each (after final172): 捐款由各单位财务统一从9月工资中
    // 代扣，每人不少于200元. A deduction no one agreed to makes the gift a levy; a payroll deduction
    // volunteers sign up for (自愿报名的，可从工资中代扣) is theirs.
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${PAY}${IN}{0,30}?)(?<!自愿${IN}{0,40}?)(?<span>${FROM_PAY}${IN}{0,20}?${EACH_AMOUNT}|${EACH_AMOUNT}${IN}{0,20}?${FROM_PAY})`,
      'g',
    ),
    message: '从工资中统一代扣并规定每人捐款金额，违背自愿原则，属变相摊派（慈善法第三十二条）',
  },
  {
    // A floor on what each regulated unit gives or buys, tied to what the office holds over it (after
    // final198 to final201): 客运企业每车捐款不少于300元…与年度质量信誉考核等级挂钩; 每家认购不少于5册…
    // 作为年度环境信用评价的参考依据; 按每个项目不低于5000元的标准捐款…未按时完成的单位将暂停办理施工
    // 许可. An office levying its charges is 摊派 (慈善法 第三十二条; 国务院 禁止向企业摊派暂行条例). A floor
    // with no such tie (每户限购2箱), a refused tie (不与考核挂钩) and a gift called voluntary stay quiet.
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!自愿${IN}{0,40}?)(?:(?<=${PAY}${IN}{0,30}?)|(?=${IN}{0,20}?${PAY}))(?<span>(?:按)?${UNIT}${IN}{0,6}?${FLOOR}${PAY}?${AMOUNT}[^。\\n]{0,70}?${UNIT_SANCTION})(?![^。\\n]{0,4}(?:不|无关))(?![^。\\n]{0,30}?自愿)`,
      'g',
    ),
    message:
      '向所管企业、单位按户规定捐款或认购最低数额，并与考核、信用评价或业务办理挂钩，属变相摊派',
  },
  {
    // A sanction on those who did not give (after final209): 倡议各经营户踊跃捐款，每户不少于200元…未捐款的
    // 经营户，明年摊位续租时将不予优先考虑. A gift its giver pays for by losing a stall, a rating or a
    // service is a levy (慈善法 第三十二条); giving that costs nothing if withheld (未捐款的也不受影响) is quiet.
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?<span>${NON_GIVER}(?:(?!不受|不影响|不会|不因|照常|同样|也可|仍可|均可)${IN}){0,20}?(?:将|一律|均|会)?${LOSS})`,
      'g',
    ),
    message:
      '对未捐款者取消资格、不予续租或办理等，以不利后果强制捐款，违背捐赠自愿原则，属变相摊派',
  },
  {
    // The donations' tally tied to the unit's appraisal, with or without a floor (after final212):
    // 捐款情况纳入单位年度绩效考核; 各科室一日捐参与率将与年终评优挂钩. Giving is voluntary (慈善法 第四条,
    // 第三十二条); an appraisal that counts it makes it a levy.
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(`(?<span>${TALLY_TIED})(?!${IN}{0,4}(?:不|无关))`, 'g'),
    message:
      '将捐款情况纳入考核、评级或与评优挂钩，违背捐赠自愿原则，属变相摊派（慈善法第四条、第三十二条）',
  },
  {
    // A voluntary act made a quota with a sanction for falling short (after final172): 按在编人数3%的比例
    // 组织献血，未完成任务的单位取消年度文明单位评选资格. Blood donation and giving are voluntary (献血法
    // 第二条, 慈善法); a unit may be asked to mobilise, not punished for the count.
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(`(?<=${VOLUNTARY}[^\\n]{0,60}?)(?<span>${SHORTFALL_SANCTION})`, 'g'),
    message: '对无偿献血、捐款等自愿活动下达任务并处罚未完成者，违背自愿原则，属强制参与',
  },
  {
    // A child kept out of a school's or a kindergarten's activity until a purchase is paid (after
    // final177): 园服统一定制，每套280元…未按时缴费的幼儿，将不能参加国庆节文艺汇演. Uniforms, books and
    // outings are the family's choice; barring the child presses the parents to pay. An exam's or an
    // enrolment's own fee (未缴纳报名费的考生不能参加考试) is not read: only a pupil kept from a show, an
    // outing or a photo.
    rule: 'coercion.withheld-service',
    severity: 'warn',
    pattern: new RegExp(
      `(?:未|没有?|不)(?:按时|按期|及时)?(?:缴费|缴纳|交费|交钱|付款|接龙缴费|购买|订购)(?:的)?(?:幼儿|孩子|学生|同学|小朋友)${IN}{0,8}?(?:将|一律)?(?:不能|不得|不予|无法|取消)(?:其)?(?:参加|参与|参演|参评)${IN}{0,10}?(?:汇演|演出|文艺|活动|比赛|春游|秋游|研学|表演|合影|毕业照|节目|评优)`,
      'g',
    ),
    message: '以不让孩子参加活动相要挟，变相强制家长缴费购买，属强制消费',
  },
]);
