// Pattern families of the advertising gate for a clinic's and a seller's claims the older families
// miss: a disease said to be rooted out for good (可彻底根除腰椎间盘突出, 永久根除鼻炎), a doctor's or
// hospital's skill ranked first of a place (医术全省顶尖, 诊疗水平全市第一, 疗效国内一流) and a price
// ranked lowest with the price word after the place (全网价格最低, 全市售价最便宜). Rooting out what is
// no disease (彻底根除安全隐患, 根除黑恶势力滋生土壤) and a medical term (幽门螺杆菌根除治疗) claim nothing.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const ABSOLUTE = '广告法禁用的绝对化用语';
/** Words of a disease or its symptom, right after the verb. */
const DISEASE =
  '(?:[\\u4e00-\\u9fff]{0,6}?(?:病|症|炎|突出|增生|结石|癌|肿瘤|囊肿|疾|疹|癣|痔|疮|哮喘|失眠|过敏|脱发|白发|斑|疼痛|痛风|腰痛|头痛|颈椎|腰椎|三高|血糖|血压|肥胖))';
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
]);
