// Pattern families of the advertising gate for a clinic's and a seller's claims the older families
// miss: a disease said to be rooted out for good (可彻底根除腰椎间盘突出, 永久根除鼻炎), a doctor's or
// hospital's skill ranked first of a place (医术全省顶尖, 诊疗水平全市第一, 疗效国内一流) and a price
// ranked lowest with the price word after the place (全网价格最低, 全市售价最便宜). Rooting out what is
// no disease (彻底根除安全隐患, 根除黑恶势力滋生土壤) and a medical term (幽门螺杆菌根除治疗) claim nothing.
// A hospital ranking itself is one family too: its clinical figures first of a place (年介入手术量全省
// 第一), its equipment the most advanced (国际最先进的手术机器人) or first by a measure (定位精度国内
// 第一), its experts the most authoritative and its success rate whole (手术成功率100%).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const ABSOLUTE = '广告法禁用的绝对化用语';
/** Words of a disease or its symptom, right after the verb. */
const DISEASE =
  '(?:[\\u4e00-\\u9fff]{0,6}?(?:病|症|炎|突出|增生|结石|癌|肿瘤|囊肿|疾|疹|癣|痔|疮|哮喘|失眠|过敏|脱发|白发|斑|疼痛|痛风|腰痛|头痛|颈椎|腰椎|三高|血糖|血压|肥胖))';
/** The hospital speaking or spoken of: 我院, 本院, 我科, 该院, 市人民医院. */
const HOSPITAL = '(?:我院|本院|我科|本科室|该院|我中心|医院|卫生院|诊所|门诊部)';
const PLACE = '(?:全国|全省|全市|全县|全区|全球|国内|省内|市内|本地|业内|行业内?|同行|全网)';

export const ADVERTISING_CLINIC_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A disease rooted out for good: 可彻底根除腰椎间盘突出, 永久根除鼻炎, 一次性根除痔疮. The disease
    // follows within a few characters (彻底根除安全隐患 names none).
    rule: 'advertising.medical-claim',
    severity: 'block',
    pattern: new RegExp(
      `(?:彻底|完全|永久|永远|一次性|百分之?百|百分百|100[%％]|保证|包)根除(?:了)?${DISEASE}`,
      'g',
    ),
    message: '医疗广告不得含有表示功效、安全性的断言或保证',
  },
  {
    // A doctor's or hospital's skill ranked first: 医术全省顶尖, 诊疗水平全市第一, 疗效国内一流,
    // 手术技术业内最好.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?:医术|医疗技术|诊疗技术|手术技术|诊疗水平|医疗水平|手术水平|治疗水平|疗效|治疗效果)(?:堪称|稳居|位居|绝对是|是|可谓)?${PLACE}(?:顶尖|第一|最好|最高|最强|一流|无人能及|首屈一指|数一数二|No\\.?1|NO\\.?1)`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A price ranked lowest, the price word after the place: 全网价格最低, 全市售价最便宜, 全城价位最
    // 实惠 (价格全网最低 is an older family).
    rule: 'advertising.absolute-term',
    severity: 'block',
    pattern: new RegExp(
      `${PLACE}(?:的)?(?:价格|售价|价位|报价|收费|零售价|批发价)(?:最低|最便宜|最实惠|最优惠|最划算|最优)`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A hospital ranking its own clinical figures first of a place: 我院心血管内科…年介入手术量全省第一,
    // 本院分娩量连续五年位居全市首位, 该院肿瘤手术例数全省最多. A medical institution may not advertise
    // by rank (医疗广告管理办法 第七条); a region's statistics (全市门诊量同比增长5%) name no hospital.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${HOSPITAL}[^\\n]{0,100}?)(?:手术量|手术例数|门诊量|接诊量|诊疗量|救治量|住院量|出院人次|病例数|分娩量|检查量|治愈率|成功率|好转率|存活率)(?:连续[^。，,；！？\\n]{1,6}?)?(?:稳居|位居|居|排名|名列|达)?${PLACE}(?:第一|首位|之首|最多|最高|No\\.?1|NO\\.?1)`,
      'g',
    ),
    message: '医疗机构以排名“第一”宣传诊疗业务，属广告法禁用的绝对化用语',
  },
  {
    // A hospital's equipment or technique called the most advanced anywhere: 我院骨科近日引进国际最先进
    // 的关节置换手术机器人, 本院拥有国内最顶尖的放疗设备, 采用目前全球最前沿的微创技术. Without 最 (引进国际
    // 先进的手术机器人) or without a device (学习国际最先进的管理经验) it claims no rank.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${HOSPITAL}[^\\n]{0,100}?)(?:国际|国内|全国|全省|全市|世界|全球|目前|当今|业内|亚洲)(?:上)?(?:最先进|最顶尖|最前沿|最高端|最好|最领先|最权威|最精准)(?:的)?[^。，,；！？\\n]{0,12}?(?:设备|仪器|机器人|技术|疗法|术式|CT|MRI|核磁共振|加速器|显微镜|腔镜|手术系统|治疗系统)`,
      'g',
    ),
    message: '医疗机构宣称设备、技术“最先进”，属广告法禁用的绝对化用语',
  },
  {
    // A hospital's equipment or technique ranked first of a place by a measure of it (after final215):
    // 该院引进的新一代骨科手术机器人，定位精度国内第一, 我院新装的CT扫描速度全省最快, 本院放疗系统的
    // 照射精准度居全国首位. A hospital's device ranked so is a medical advertisement's absolute term
    // (医疗广告管理办法 第七条). An assessment's level (性能达到国内领先水平, 精度达到国际一流水平) and a
    // rank with no device (该院骨科全省排名第三) rank no equipment first. The hospital and the device are
    // looked for behind the measure, once a measure is found.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?:定位|成像|扫描|照射|诊断|检测|手术)?(?:精度|精准度|精确度|准确率|准确度|分辨率|清晰度|灵敏度|速度|性能|稳定性)(?<=${HOSPITAL}[^\\n]{0,100}?(?:设备|仪器|机器人|手术系统|治疗系统|系统|CT|MRI|核磁共振|加速器|显微镜|腔镜|技术|平台)[^。；！？\\n]{0,18})(?:堪称|稳居|位居|居|达到|可谓|为|是)?${PLACE}(?:第一|首位|最高|最好|最优|最强|最快|顶尖|No\\.?1|NO\\.?1)(?!水平)`,
      'g',
    ),
    message: '医疗机构宣称设备精度、性能“国内第一”，属广告法禁用的绝对化用语',
  },
  {
    // A hospital's experts called the most authoritative or its success rate claimed whole: 技术最权威的
    // 专家团队, 本院拥有最专业的医生团队, 白内障手术成功率100%, 治愈率达百分之百 (医疗广告管理办法 第七条:
    // no cure or effective rate). A rate of a procedure of its own (手术安全核查执行率100%) claims no cure.
    rule: 'advertising.medical-claim',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${HOSPITAL}[^\\n]{0,100}?)(?:(?:技术|医术|专家|团队|医生|设备)?(?:最权威|最顶尖|最专业|最强)的?(?:专家团队|专家|团队|医生|医师|教授|名医)|(?:手术|治疗|治愈|有效|成功|康复|好转)(?:成功)?率(?:达到?|高达|为|是|可达)?(?:100[%％]|百分之百|百分百))`,
      'g',
    ),
    message: '医疗机构宣称专家“最权威”或治愈率、成功率100%，属医疗广告禁止的内容',
  },
]);
