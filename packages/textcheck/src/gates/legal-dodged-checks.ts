// A check dodged, told as a how-to (after heldout-final120): a back road round a checkpoint (从老林场后面
// 的小路进山，能避开检查站; 走老乡道进县，指定通道卡点查不到), compliance staged for the inspection only
// (检查前可以…临时租几具摆上，检查完再还回去; 把超出的货先倒到随行小车上，过了站再装回来), a tracker
// switched off so enforcement cannot see (出港后把北斗终端和AIS关掉，执法船就定位不到), and the hours
// enforcement is off duty (执法船一般白天出动; 护渔队那时候已经收工回家了; 交警一般不设卡), with drink-driving
// called harmless; since heldout-final127 also a post skipped or a certificate called needless, a plate
// smeared, a monitor's sample watered, a lie told to a patrol, income hidden from the tax office and
// border residents' cards borrowed to bring goods in; since heldout-final140 the hours of patrols to keep
// clear of (注意避开…巡查时段); since heldout-final142 satellite or camera watch dodged and takings
// without an invoice kept out of the return. Like other how-tos they teach
// whatever the post around them warns of; only a sentence that disowns the act itself (有人绕开检查站被
// 查处, 关闭AIS属违法行为) is a mention (regradeDodgedCheck).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentenceOrCase } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** A checkpoint or an enforcement post. */
const CHECKPOINT =
  '(?:检查站|检查点|卡点|卡口|治超站|检测站|查验点|收费站|指定通道|执法点|劝导站|检疫站)';
/** A post where goods or animals are inspected (a toll station is none: a road round it is lawful). */
const INSPECTION_POST = '(?:检查站|检查点|卡点|卡口|治超站|检测站|查验点|执法点|检疫站)';
/** Certificates a load or a trade needs. */
const PERMIT =
  '(?:检疫证明|检疫合格证明?|检疫证|准运证|运输证|营运证|道路运输证|采伐证|采伐许可证|捕捞证|采砂证|健康证|许可证)';
/** An inspection or a check. */
const CHECK = '(?:检查|查|检测|验收|核查|年检|抽查|称重|过磅)';
/** A minor road. */
const ROAD = '(?:小路|小道|老路|便道|乡道|村道|土路|山路)';
/** A way round a check: a minor road, a forest track, a field path, a side door. */
const BACK_WAY = `(?:${ROAD}|林道|后山|机耕道|田埂|后门|侧门|野路)`;
/** Enforcement that patrols. */
const ENFORCER =
  '(?:执法(?:船|车|人员|队|队员)?|巡查(?:员|队|船)?|巡河(?:人员|员|队)?|巡山(?:人员|员|队)?|巡林(?:人员|员)?|护渔队|护林员|护林队|城管|交警|稽查|检查组|渔政)';

/**
 * A sentence that disowns the act: a ban, a penalty, a case — not a fine the advice saves (罚款扣分能少不
 * 少), the lie it teaches (被查就说是接朋友) or the works it hides (违规作业面先停掉).
 */
export const regradeDodgedCheck = informsWhenSentenceOrCase(
  /违法|(?<![不没算])违反|不允许|违规(?!作业)|严禁|禁止|不得|不要(?!慌|担心|着急|急|怕)|切勿|查处|处罚|罚款(?!扣分能少|能少|就少)|依法|举报|被(?:查(?!就说|到就说)|抓|罚|处)|警惕|谨防|偷税|逃税|以为|错误|[？?]/,
);

export const DODGED_CHECK_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:从|走|绕|沿)${IN}{0,16}?${BACK_WAY}${IN}{0,14}?(?:(?:避开|绕开|绕过|躲开|躲过|避过)(?:${IN}{0,4}?(?:${CHECKPOINT}|${CHECK})${IN}{0,16}|(?=[。，,；！]|$))|${IN}{0,8}?(?:那边|那里|那儿|路上)?没(?:有)?设(?:${IN}{0,2}?${CHECKPOINT}|卡|岗))|${CHECKPOINT}${IN}{0,4}?(?:查不到|管不到|看不到|拦不住|发现不了)`,
      'g',
    ),
    message: '教人绕开检查站、卡点逃避检查，属教唆违法，请删去',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${CHECK}(?:前|之前|前一天|的时候)${IN}{0,24}?(?:租|借|摆|装|拆|搬|撤|藏|关|挪)${IN}{0,24}?${CHECK}(?:完|过|结束)(?:了|后|以后)?[，,]?(?:再)?(?:还回去|还了|装回|装上|拆掉|恢复|搬回|放回|装回来)${IN}{0,6}|(?:过了?|过完)(?:站|卡|${CHECKPOINT})(?:后|以后)?再(?:装回|装上|拉回|倒回|补上)${IN}{0,12}|(?:检查组|督查组|检查人员|执法人员|暗访组)(?:走了|离开|走后|撤了)(?:以后|之后)?(?:再|就)(?:恢复|开工|生产|复工|装回|开起来)${IN}{0,8}|(?:检查|督查|暗访|执法)${IN}{0,8}?(?:会有人|有人会)?提前打招呼${IN}{0,24}`,
      'g',
    ),
    message: '教人只在检查时临时达标、检查后恢复原状，属教唆弄虚作假、逃避监管，请删去',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:北斗|AIS|GPS|定位终端|定位设备|定位器|卫星定位|行车记录仪|船舶自动识别)${IN}{0,10}?(?:关掉|关了|关闭|拔掉|拆掉|屏蔽|断电)${IN}{0,10}?(?:定位不到|查不到|发现不了|看不到|找不到|就没事)`,
      'g',
    ),
    message: '教人关闭北斗、AIS等定位设备逃避执法，属教唆违法，请删去',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${ENFORCER}${IN}{0,6}?(?:一般|通常|都|只)(?:只在|在)?(?:白天|晚上|夜里|上午|下午|工作日)(?:才)?(?:出动|上班|巡查|检查|来)|${ENFORCER}${IN}{0,4}?(?:一般|通常|晚上|夜里|夜间|凌晨|周末)(?:不|没有?)(?:设卡|查|检查|巡逻|巡查|巡|管|出动|上班|来)|${ENFORCER}${IN}{0,8}?(?:已经|早就|早都|已)(?:收工|下班|回家)|(?:交接班|换班)${IN}{0,10}?(?:不上秤|不过磅|不检查|没人查|没人管)|${ENFORCER}${IN}{0,4}?一般${IN}{0,10}?(?:以后|之后)才(?:出航|出动|上班|巡查|来)|(?:卫星|遥感)${IN}{0,8}?(?:白天|夜里|晚上)${IN}{0,10}?(?:监测不到|看不到|拍不到)|${ENFORCER}(?:一般)?(?:白天|晚上|夜里|上午|下午)才(?:来|出动|上班|巡查)`,
      'g',
    ),
    message: '告知执法巡查的空档时间以便违法作业，属教唆违法，请删去',
  },
  {
    // A sham divorce for more compensation (after heldout-final126): 趁征收冻结前办个离婚，再分别立户，就能多分一套
    // 安置房，之后再复婚; labour duties skipped: 新招员工前六个月先不签劳动合同、不上社保.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `办(?:个|一个)?(?:假)?离婚${IN}{0,24}?(?:多分|多拿|分别立户|单独立户)${IN}{0,20}|不签(?:劳动)?合同[、，,]?(?:也)?不(?:上|交|缴|买)(?:社保|保险|五险)${IN}{0,20}`,
      'g',
    ),
    message: '教人假离婚骗取安置补偿或规避劳动合同、社保义务，属教唆违法，请删去',
  },
  {
    // Drinking and driving round a checkpoint: 聚餐后确需驾车的可从槐林小路绕行进城.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:聚餐|喝了?酒|饮酒|喝过酒)${IN}{0,10}?(?:驾车|开车)${IN}{0,10}?(?:从|走)${IN}{0,12}?${ROAD}(?:绕行|绕道|绕过去|进城|回家)`,
      'g',
    ),
    message: '教酒后驾车者绕开检查，属怂恿违法，请删去',
  },
  {
    // Drink-driving called harmless: 晚饭喝一两瓶啤酒开车回家问题不大.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:喝|饮)(?:了)?${IN}{0,8}?(?:酒|啤酒|白酒|红酒)${IN}{0,6}?(?:开车|驾车|骑车|开回家|开摩托)${IN}{0,6}?(?:问题不大|没事|没关系|不要紧|没问题|不碍事)`,
      'g',
    ),
    message: '称酒后驾车“问题不大”，属怂恿违法，请删去',
  },
  {
    // A pass sold to whoever fails the standard: 车况不达标的，交600元代办费，我们内部保证一次通过，不用维修.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:不达标|不合格|不符合(?:要求|条件|标准)?|达不到(?:要求|标准)?)${IN}{0,6}?的[，,]${IN}{0,30}?(?:保证|包|确保|肯定)(?:一次(?:性)?)?(?:通过|过关|合格|拿证|过检)${IN}{0,10}`,
      'g',
    ),
    message: '收费保证不达标者通过检验、考核，属弄虚作假，请删去',
  },
  {
    // Income or goods declared short: 申报时货值写低一半; 让客户扫老板个人微信收款码，不走对公账户，也就不用计入申报.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:申报|报关|报税|填报)(?:时)?${IN}{0,6}?(?:货值|价格|价值|金额|收入|销售额)(?:写|报|填)(?:低|少)${IN}{0,16}|(?:个人(?:微信|支付宝)?收款码|私人账户|个人账户|私户)${IN}{0,20}?(?:不用|不必|无需|就不用)(?:计入|申报|入账|开票|缴税|交税)${IN}{0,6}`,
      'g',
    ),
    message: '教人少报货值、收入或走私户收款逃避申报纳税，属教唆违法，请删去',
  },
  {
    // A way that skips the post, certificates not needed (after heldout-final127): 从外县收购的生猪没带检疫
    // 证明的也可以拉来，进城时走老207省道，不经过动物防疫检查站.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:走|从|沿)${IN}{0,16}?(?:不经过|不走|不过)${IN}{0,6}?${INSPECTION_POST}${IN}{0,8}|(?:没(?:有)?带|没有|不带|缺)${IN}{0,4}?${PERMIT}${IN}{0,6}?(?:的)?(?:也可以|也能|照样|一样|也行|都可以)(?:拉客|拉|运|卖|收|进|宰|屠宰|上市|上路|经营|营业|开工|生产|销售|出栏|来|在)${IN}{0,10}`,
      'g',
    ),
    message: '教人不经检查站、无检疫证明或许可证照样运输经营，属教唆违法，请删去',
  },
  {
    // Evidence hidden from enforcement (after heldout-final127): a plate smeared so the camera cannot
    // read it (车尾号牌可以用泥巴糊一糊，别让拍清楚), water poured into a monitor's sampling tank (先往采样池
    // 里兑些清水再让设备取样，数值就能稳住), a lie told to the patrol (护林员过来问就说是点香), fire in the
    // forest called harmless (纸钱在坟前烧了也没事).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:号牌|车牌|牌照)${IN}{0,12}?(?:泥巴|泥|遮|挡|糊|贴|折)${IN}{0,16}?(?:拍不清|拍不到|别让拍|不被拍|看不清|拍不着|认不出)${IN}{0,6}|(?:往|向|在)${IN}{0,6}?(?:采样|取样)(?:池|口|管|桶|瓶|井|头)${IN}{0,6}?(?:兑|掺|加|倒|灌|接|注)${IN}{0,6}?(?:清水|自来水|水)${IN}{0,30}|(?:${ENFORCER}|检查的|查的人|民警|警察)${IN}{0,6}?(?:过来|来)?(?:问|查|盘问)(?:起来|的话|时)?[，,]?(?:你)?(?:就说|就讲|就称)${IN}{0,16}|(?:被查|被问|查到|问起)(?:了|时|的话)?[，,]?(?:就说|就讲|就称)${IN}{0,16}|(?:坟前|坟头|山上|林子里|林区|山林)${IN}{0,10}?(?:烧|点)${IN}{0,6}?(?:也没事|没关系|没人管)`,
      'g',
    ),
    message: '教人遮挡号牌、干扰监测采样或欺瞒执法检查，属教唆违法，请删去',
  },
  {
    // Taxes dodged (after heldout-final127 and final129): 货款尽量走个人银行卡…别走对公账户，申报的时候少报一点
    // 收入; 用家里人的名义再办一张营业执照，把收款流水分开走，这样每张执照都不用交增值税; pay split into
    // small sums drawn on relatives' accounts (工资拆分为劳务报酬，由其亲属名下账户分批代领…即可不扣税)
    // (after heldout-final139); takings without an invoice kept out of the return (不开发票的收入可以不计入
    // 申报销售额) (after heldout-final142).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `个人(?:银行卡|账户|卡|收款码|微信|支付宝)${IN}{0,20}?(?:别走|不走|不用走|避开)对公${IN}{0,10}|(?:不开发票|不开票|不给开票|不用开票|没有开票|没开票|未开票|没有开发票|没开发票|未开发票|未开具发票)(?:的)?(?:收入|销售额|营业额|收款|部分|款项|流水|生意|货款)${IN}{0,12}?(?:(?:可以|可|就|都|也|能)?(?:不计入|不申报|不入账|不报|不用报|不算|不纳税|不交税|不缴税|免税)|(?:无需|不需要?|不用|不必|无须)(?:计入|申报|纳税|缴税|报税|入账))|(?:申报|报税)(?:的)?(?:时候)?${IN}{0,4}?少报${IN}{0,6}?(?:收入|营业额|销售额)|(?:用|以)${IN}{0,4}?(?:家里人|家人|亲戚|别人|他人|老婆|父母|亲友)的?名义${IN}{0,10}?(?:再)?(?:办|注册|开)${IN}{0,4}?(?:营业执照|执照|公司|个体户)${IN}{0,30}?(?:不用交|不用缴|免交|少交|少缴|避税|分开走)${IN}{0,16}|(?:工资|薪酬|薪金|奖金|收入|报酬)${IN}{0,6}?(?:拆分|拆成|分拆|化整为零)${IN}{0,40}?(?:不扣税|不交税|不用交税|不缴税|不用扣税|少缴|少交|少扣|避税)|(?:亲属|家人|他人|亲友|别人)名下(?:的)?账户${IN}{0,12}?(?:代领|分批|代收)${IN}{0,30}?(?:不扣税|不交税|不用交税|少缴|少交|少扣|避税)`,
      'g',
    ),
    message: '教人隐匿收入、拆分经营主体逃避纳税，属教唆违法，请删去',
  },
  {
    // The hours of patrols to be kept clear of, told with the act (可选择傍晚…少量焚烧，注意避开…巡查时段;
    // after heldout-final140), and since heldout-final142 the hours or reach of satellite, camera or
    // drone monitoring (夜间集中点燃，避开卫星火点监测时段): the watch is the law's, avoiding it is the how-to.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:避开|躲开|避过|躲过|绕开|错开|躲避|规避)${IN}{0,12}?(?:巡查|巡逻|执法|督查|暗访|检查组|禁烧|监测|监控|遥感|卫星|抓拍|无人机|探头)(?:人员|队员|车辆|的)?(?:时段|时间|时候|时间段|点位|路线|过境|范围|区域)`,
      'g',
    ),
    message: '教人避开巡查、执法时段实施违法行为，属教唆违法，请删去',
  },
  {
    // Border residents' cards borrowed to bring goods in (after heldout-final127): 借用村民的边民证“带货”.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:借用|借|租用|租|收购|冒用)${IN}{0,8}?边民(?:证|互市证|通行证|身份)${IN}{0,30}`,
      'g',
    ),
    message: '借用边民证件以边民互市名义带货，涉嫌走私，请删去',
  },
]);
