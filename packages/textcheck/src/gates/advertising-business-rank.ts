// Pattern families of the advertising gate for a named business praised as an advertiser would: its
// quality or pass rate ranked top of a place (顺达驾校学员合格率全市第一, “绿源”品牌，质量全国领先), an
// outcome promised at 100% (律所…胜诉率100%, 治愈率百分之百), and the business set up as the first
// choice (拍证件照首选鑫悦照相馆). 广告法 第九条 forbids such absolute terms and 第二十八条 unverifiable
// outcomes; an office pointing to one firm sells it. A clinic ranks its own equipment and doctors the
// same way (我院拥有全市最先进的手术设备). A region's own figures (我市食品抽检合格率全省第一),
// an average (全市驾校平均合格率为82%), a case rate below 100% and a first choice that names a kind of
// place rather than a firm (首选正规药店, 出行首选公共交通) are none of these.
import type { Severity } from '../finding.ts';
import type { Span } from '../rules/lexicon-scan.ts';
import type { GateContext } from './gate-context.ts';
import { insideQuotes } from './opinion-reported.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround, SENTENCE_END } from './sentence.ts';

const ABSOLUTE = '广告法禁用的绝对化用语';
/** A business or a brand named before its rate: 驾校, 律所, “绿源”品牌, 这款. */
const FIRM =
  '(?:驾校|培训学校|培训机构|培训班|公司|律所|律师事务所|照相馆|影楼|门店|品牌|厂家|商行|本店|我店|这款|该款|(?<=[”"」])牌)';
/** What a firm's praise ranks: its quality, its pupils' pass rate, its wins. */
const MEASURE = '(?:质量|品质|合格率|通过率|过关率|胜诉率|录取率|好评率)';
const PLACE = '(?:全国|全省|全市|全县|全区|全城|行业|业内|同行|国内|省内|市内|县内)';
/** Outcomes a service may not promise in full: a win, a cure, a visa. */
const OUTCOME =
  '(?:胜诉率|治愈率|痊愈率|治疗有效率|总有效率|有效率|手术成功率|包过率|过关率|签证通过率|拿证率)';
const FULL = '(?:100%|100％|百分之百|百分百)';
/** A clinic speaking of itself: 我院, 本院, 该诊所, 我中心 (a ward of it: 眼科). */
const CLINIC = '(?:我院|本院|该院|我科|本科室|我中心|本中心|诊所|门诊部|医院|眼科|骨科|口腔科)';
/** Where a first choice is sent: a firm's kind of business (its name before it). */
const SHOP =
  '(?:照相馆|影楼|图文店|快印店|驾校|药房|大药房|药店|饭店|酒店|大酒店|宾馆|餐厅|酒楼|超市|商行|公司|门店|专卖店|旗舰店|律所|律师事务所|诊所|培训机构|培训学校|装饰|家政)';
/** Words that make the name a kind of place rather than a firm: 正规药店, 就近的超市, 定点医院. */
const KIND =
  '(?:正规|就近|附近|周边|定点|公立|社区|有资质|具备资质|合法|专业|当地|本地|大型|品牌|的|家门口|官方|国有)';

export const BUSINESS_RANK_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A firm's quality or pass rate ranked top of a place: 顺达驾校学员合格率全市第一, “绿源”品牌，质量
    // 全国领先, 该律所胜诉率位居全省第一. A region's figure names no firm before it.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${FIRM}${IN}{0,10}?)${MEASURE}(?:位居|稳居|一直|始终|常年|连续多年|多年)?(?:保持|位列|排名|居)?${PLACE}(?:第一|领先|最高|之最|一流|冠军|最好|最佳|前列)`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A clinic's own equipment, skill or doctors ranked the best (我院眼科拥有全市最先进的手术设备和
    // 技术最权威的专家团队, 本院引进了全省最先进的核磁共振设备, 该诊所拥有国内最顶尖的种植牙技术): a
    // medical advertisement may not rank itself (医疗广告管理办法 第七条). A plant or a project
    // (建设全省最先进的污水处理厂) names no clinic before it.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${CLINIC}${IN}{0,24}?)(?:${PLACE})?(?:最(?:先进|权威|顶尖|专业)|顶尖|一流|首屈一指)的?${IN}{0,6}?(?:设备|仪器|技术|专家|团队|医生|医师|疗法|手术)`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A named firm as the first choice: 拍证件照首选鑫悦照相馆, 学车首选顺达驾校, 首选“金海岸”大酒店.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `首选(?:[“"「][^”"」]{2,10}[”"」]|(?:(?!${KIND})[\\u4e00-\\u9fff]){2,8}?)${SHOP}`,
      'g',
    ),
    message: ABSOLUTE,
  },
]);

export const OUTCOME_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // An outcome promised in full: 胜诉率100%, 治愈率达百分之百, 签证通过率高达100%.
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern: new RegExp(`${OUTCOME}(?:可|能)?(?:达到|达|高达|为|是|保持|保证)?${FULL}`, 'g'),
    message: '广告不得对服务效果作出保证性承诺（如胜诉率、治愈率100%）',
  },
]);

/** The claim forbidden, exposed or reported as someone else's: 不得宣传胜诉率, 谎称治愈率100%. */
const NOT_OWN = /不得|禁止|严禁|不准|不能|虚假|宣称|谎称|号称|所谓|夸大|骗|查处|谨防|警惕/;

/**
 * A firm's own record is told with case words (承办各类诉讼案件千余件) that read as enforcement
 * elsewhere, so only a quotation or a ban, an exposure or a warning in its sentence makes it a mention.
 */
export function regradeOutcome(span: Span, severity: Severity, ctx: GateContext): Severity {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return insideQuotes(text, span) || NOT_OWN.test(text.slice(from, to)) ? 'info' : severity;
}
