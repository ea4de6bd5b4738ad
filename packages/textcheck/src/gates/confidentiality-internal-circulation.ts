// Material that names its own limited circulation or internal series: an extract given out "for
// cadres of section level and above only" (仅供科级以上干部学习, 仅限处级以上领导干部阅读), and the
// minutes of a party committee's meeting cited by issue (市委常委会会议纪要〔2024〕第9期, 县委常委会会议
// 纪要（2024年第12期）), and an internal publication marked with its custody line (内部刊物，注意保存).
// A reading scope by rank marks an internal document, a party committee's minutes circulate inside,
// and a custody line belongs to the material that carries it. 仅供学习交流 (a copyright line) names no rank, and a government executive
// meeting's minutes (政府常务会议纪要) are often published and are not matched. A document number
// whose issuing code says 内发 — an internal issuance (信联内发〔2024〕37号, 社内发〔2023〕5号, 某局内发
// 〔2024〕12号) — is cited from a paper that circulates inside the issuer; Inner Mongolia's codes open
// with 内 (内政发〔2024〕1号, 内党发) and hold no 内发, so they are not read. A code that ends in 内 right
// before the year (复议内〔2024〕9号, 办内〔2023〕4号, 党组内〔2024〕2号) is the same internal series with
// 发 left out; Inner Mongolia's 内 opens its code and never stands alone before the year.
import type { Family } from './confidentiality-family.ts';

/** A rank or a circle of cadres: 科级以上干部, 县处级领导, 班子成员, 党员领导干部. */
const RANK =
  '(?:(?:副?(?:科|处|厅|局|县|乡科|县处|地厅|省部)级|中层|副高|正高)(?:及)?(?:以上)?(?:领导)?(?:干部|人员|同志|党员)?|班子成员|党员领导干部|领导干部|处级干部|党委委员|常委)';
/** A minutes' issue: 〔2024〕第9期, （2024年第12期）, 第9期. */
const ISSUE =
  '(?:\\s*[〔[【(（]\\s*[0-9０-９]{4}\\s*(?:年)?\\s*[〕\\]】)）]\\s*第?\\s*[0-9０-９一二三四五六七八九十]+\\s*(?:期|号)|\\s*[〔[【(（]\\s*[0-9０-９]{4}\\s*年\\s*第\\s*[0-9０-９一二三四五六七八九十]+\\s*期\\s*[〕\\]】)）]|\\s*第\\s*[0-9０-９一二三四五六七八九十]+\\s*期)';

/** An internal publication or material: 内部刊物, 内部资料, 内部读物, 内部发行. */
const INTERNAL = '(?:内部(?:刊物|读物|资料|材料|发行|文件|简报|专报|参考|通讯))';
/** Its custody instruction: 注意保存, 妥善保管, 用后收回, 阅后退回, 不得遗失, 不得外借. */
const CUSTODY =
  '(?:注意(?:保存|保管|保密)|妥善(?:保存|保管)|(?:请|须|务必)(?:妥善)?(?:保存|保管)|用后(?:收回|交回|退回)|阅后(?:收回|交回|退回|归还)|(?:不得|请勿|严禁|切勿)(?:遗失|外借|丢失|翻印|复印))';

export const INTERNAL_CIRCULATION_FAMILIES: Family[] = [
  {
    // An internal publication's custody line quoted with it (《重大气象信息专报》（内部刊物，注意保存）,
    // 内部资料 请妥善保管): the material's own marking, so what follows is internal. 内部刊物 alone may be
    // a library's holdings or a periodical's licence (内部资料性出版物), and 注意保存 alone a receipt.
    re: new RegExp(`${INTERNAL}[，,、\\s·；;]{0,2}${CUSTODY}`, 'g'),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '标有“内部刊物，注意保存”等内部材料保管要求的内容不得公开发布，请核实',
  },
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
  {
    // A circulation field that limits readers to leaders or cadres (传阅范围：中心领导班子成员, 阅知范围：
    // 处级以上干部, 知悉范围：局党组成员): a briefing's own heading says it is read inside. A reading list's
    // scope (阅读范围：一至六年级学生) names no leader and is not read.
    re: /(?:传阅|阅知|知悉|阅读|阅看|分送|呈阅)范围\s*[：:]\s*[^。；;！!？?\n]{0,14}?(?:领导|班子|干部|负责人|党组|党委委员|常委|主任|局长)/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '标明传阅范围仅限领导或干部的材料属内部资料，不宜公开发布，请核实',
  },
  {
    // An internal issuance's number: a code of one to four characters, then 内发 and the year in
    // brackets (信联内发〔2024〕37号, 农商行内发[2023]8号).
    re: /(?<=[\u4e00-\u9fff])内发\s*[〔[［【(（]\s*(?:19|20)[0-9]{2}\s*[〕\]］】)）]\s*第?\s*[0-9]+\s*号/g,
    acceptAt: (text, start) => !/内$|蒙古?$/.test(text.slice(Math.max(0, start - 3), start)),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '文号为“×内发”的文件属内部发文，其文号及内容不宜公开引用，请核实能否公开',
  },
  {
    // An internal series whose code ends in 内 right before the year (复议内〔2024〕9号, 办内〔2023〕
    // 4号): a code of one to four characters, not 内 alone (Inner Mongolia) and not a place's 境内 or
    // 国内 before a bracketed year.
    re: /(?<=[\u4e00-\u9fff])内\s*[〔[［【]\s*(?:19|20)[0-9]{2}\s*[〕\]］】]\s*第?\s*[0-9]+\s*号/g,
    acceptAt: (text, start) =>
      !/(?:^|[^\u4e00-\u9fff])$|内$|蒙古?$|[境国省市县区院室校体年月日期以之范围]$/.test(
        text.slice(Math.max(0, start - 3), start),
      ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '文号为“×内〔年份〕号”的文件属内部编号发文，其文号及内容不宜公开引用，请核实能否公开',
  },
];
