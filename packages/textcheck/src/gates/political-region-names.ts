// Pattern family of the political gate for the names of the five autonomous regions: 新疆维吾尔自治区
// (no 族), 广西壮族自治区, 宁夏回族自治区, 西藏自治区 and 内蒙古自治区 (no people named). A people
// added or misnamed (新疆维吾尔族自治区, 新疆维族自治区, 西藏藏族自治区, 内蒙古蒙古族自治区, 宁夏回民
// 自治区, 广西僮族自治区 — the name before 1965) is a wrong name; the region with its people left out
// (新疆自治区, 广西自治区, 宁夏自治区, 内蒙自治区) is an informal short form. The right names never
// match; the Xinjiang prefectures misnamed with 族 (伊犁哈萨克族自治州) are rows of political.tsv.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const REGION_NAME_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'political.division-name',
    severity: 'block',
    pattern:
      /新疆(?!维吾尔自治区)(?:维吾尔|维吾|维)族?自治区|广西(?!壮族自治区)(?:壮|僮族?)自治区|宁夏(?!回族自治区)(?:回民?)自治区|西藏(?:藏族?|藏民)自治区|内蒙古?(?:蒙古|蒙)族?自治区/g,
    message:
      '自治区名称错误，规范名称为“新疆维吾尔自治区”“广西壮族自治区”“宁夏回族自治区”“西藏自治区”“内蒙古自治区”',
  },
  {
    rule: 'political.division-name',
    severity: 'warn',
    pattern: /(?:新疆|广西|宁夏|内蒙)自治区/g,
    message:
      '自治区名称不完整，规范名称为“新疆维吾尔自治区”“广西壮族自治区”“宁夏回族自治区”“内蒙古自治区”',
  },
]);
