// A brand the office has tested, then recommended to the public: 经检验，沁源牌RO净水器各项指标均优于
// 国家标准，推荐广大市民放心选购; 抽检合格的“绿源”牌大米，建议消费者放心购买. A state organ may not
// vouch for a product in an advertisement (广告法 第九条第二项), and a test result turned into a
// recommendation is one; so is a brand the office tells the shops or schools it oversees to buy
// (推荐辖区商户统一选购安泰牌灭火器). Advice on what to look for (建议消费者选购带有3C标志的产品) names no brand.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** A brand named before: 沁源牌, “绿源”牌, 该品牌 (not 品牌 or 名牌 as a kind). */
const BRAND = '(?:[\\u4e00-\\u9fffA-Za-z]{2,6}(?<![品名杂冒招门车老])牌|[”"」]牌|该品牌|这一品牌)';
/** The public told to buy with confidence. */
const PUBLIC = '(?:广大)?(?:市民|消费者|群众|居民|读者|网友|大家)(?:朋友们?)?';
const BUY = '(?:选购|购买|选用|食用|购置|使用)';

export const OFFICE_RECOMMENDATION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${BRAND}[^\\n]{0,80}?)(?:(?:推荐|建议|欢迎)${PUBLIC}(?:可以?)?放心${BUY}|${PUBLIC}(?:可以?|尽可|大可)放心${BUY}|(?:值得|特此)(?:向${PUBLIC})?推荐${BUY})`,
      'g',
    ),
    message: '行政机关以检验结果为特定品牌商品作推荐，违反广告法第九条',
  },
  {
    // The office tells those it oversees which brand to buy: 推荐辖区商户统一选购安泰牌灭火器, 建议各学校
    // 统一采购“金鹰”牌校服, 推荐农户选用丰收牌化肥. A warning (建议市民不要购买…牌) or a kind without a
    // brand (建议选购带3C标志的灭火器, 选购正规品牌) is not one.
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?:推荐|建议)(?:(?![不勿别禁慎谨])[^，,。；;！？!?\\n]){0,10}?(?:统一|优先|尽量)?(?:选购|购买|采购|选用|购置|订购|安装|配备)(?:[“"「][\\u4e00-\\u9fffA-Za-z]{2,6}[”"」]|[\\u4e00-\\u9fffA-Za-z]{2,6}(?<![品名杂冒招门车老无])(?=牌))牌`,
      'g',
    ),
    message: '行政机关向管理对象推荐特定品牌商品，违反广告法第九条',
  },
]);
