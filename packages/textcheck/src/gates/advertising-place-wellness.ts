// A place sold by what living or breathing there cures: 长期居住可预防癌症、延年益寿; 常住这里能够防癌
// 抗癌; 多呼吸这里的空气可以延年益寿. Fresh air or negative ions are facts; that a stay prevents cancer
// or lengthens life is a medical claim no advertisement may make (广告法 第十七条). Health advice
// (多呼吸新鲜空气有益健康) claims no cure.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Staying or breathing there: 长期居住, 常住这里, 多呼吸这里的空气. */
const STAY =
  '(?:长期|常年|经常|多|常)(?:居住|生活|呼吸|吸氧|康养|疗养|住|来)(?:在|于)?(?:这里|这儿|此地|此处|于此|此|基地|山中|山里|村里|我们村|我们这里|园区|本地)?(?:康养|疗养|度假|居住)?(?:的)?(?:空气|负氧离子|新鲜空气)?';
/** What it is said to cure or prevent. */
const CURE =
  '(?:预防(?:癌症|肿瘤|心脑血管疾病|高血压|糖尿病|老年痴呆|中风)|防癌|抗癌|治愈[\\u4e00-\\u9fff]{2,6}|根治[\\u4e00-\\u9fff]{2,6}|延年益寿|益寿延年|长命百岁|返老还童|百病不侵|百病不生|祛除百病)';

export const PLACE_WELLNESS_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.medical-claim',
    severity: 'warn',
    pattern: new RegExp(
      `${STAY}[，,]?(?:可以|能够|能|就能|可|还能|即可|便可)(?:有效)?${CURE}(?:[、和及与]${CURE})*`,
      'g',
    ),
    message: '宣称居住、康养可防病治病、延年益寿，属广告法禁止的医疗功效宣传',
  },
]);
