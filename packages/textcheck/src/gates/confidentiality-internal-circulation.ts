// Material that names its own limited circulation or internal series: an extract given out "for
// cadres of section level and above only" (仅供科级以上干部学习, 仅限处级以上领导干部阅读), and the
// minutes of a party committee's meeting cited by issue (市委常委会会议纪要〔2024〕第9期, 县委常委会会议
// 纪要（2024年第12期）). A reading scope by rank marks an internal document, and a party committee's
// minutes circulate inside. 仅供学习交流 (a copyright line) names no rank, and a government executive
// meeting's minutes (政府常务会议纪要) are often published and are not matched.
import type { Family } from './confidentiality.gate.ts';

/** A rank or a circle of cadres: 科级以上干部, 县处级领导, 班子成员, 党员领导干部. */
const RANK =
  '(?:(?:副?(?:科|处|厅|局|县|乡科|县处|地厅|省部)级|中层|副高|正高)(?:及)?(?:以上)?(?:领导)?(?:干部|人员|同志|党员)?|班子成员|党员领导干部|领导干部|处级干部|党委委员|常委)';
/** A minutes' issue: 〔2024〕第9期, （2024年第12期）, 第9期. */
const ISSUE =
  '(?:\\s*[〔[【(（]\\s*[0-9０-９]{4}\\s*(?:年)?\\s*[〕\\]】)）]\\s*第?\\s*[0-9０-９一二三四五六七八九十]+\\s*(?:期|号)|\\s*[〔[【(（]\\s*[0-9０-９]{4}\\s*年\\s*第\\s*[0-9０-９一二三四五六七八九十]+\\s*期\\s*[〕\\]】)）]|\\s*第\\s*[0-9０-９一二三四五六七八九十]+\\s*期)';

export const INTERNAL_CIRCULATION_FAMILIES: Family[] = [
  {
    re: new RegExp(
      `(?:仅|只)(?:供|限|发)${RANK}(?:内部)?(?:学习|参考|阅读|阅看|阅研|使用|传达)`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '标明仅供一定级别干部阅读学习的材料属内部资料，不宜公开发布，请核实',
  },
  {
    re: new RegExp(
      `(?:委常委会|常委会|党组|党委|党工委|党组会|党委会)(?:会议)?纪要[》」”]?${ISSUE}`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '党委（党组）会议纪要属内部文件，其期号不宜公开引用，请核实能否公开',
  },
];
