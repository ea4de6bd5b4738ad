// Thresholds that a rule sets in figures, told wrongly when the account paraphrases the rule (after
// final199–final201): a ride-hailing driver's years behind the wheel other than three (网约车驾驶员…
// 具有1年以上驾驶经历), a small-car licence from an age under eighteen (申请小型汽车…应当年满16周岁),
// the noise law's night other than ten at night to six in the morning (“夜间”是指晚上十点至次日早晨八点)
// and a pre-sale's invested share other than a quarter (投入开发建设的资金达到工程建设总投资的百分之二十
// 以上). Each message gives the rule's figure. A rumour refuted, an old rule or a question is a mention
// (regradeMisstatedFigure).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** A count of years in digits or Chinese numerals. */
const YEARS = '(?:\\d{1,2}|[一二两三四五六七八九十])年';

export const STATUTORY_THRESHOLD_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A ride-hailing driver's driving experience other than three years.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:网络预约出租汽车|网约车|网约出租车)${IN}{0,60}?)(?:具有|具备|有|满)(?!(?:3|三)年)${YEARS}(?:以上)?(?:的)?(?:驾驶经历|驾龄)`,
      'g',
    ),
    message:
      '从业条件表述错误：网约车驾驶员应取得相应准驾车型驾驶证并具有3年以上驾驶经历（《网络预约出租汽车经营服务管理暂行办法》第十四条）',
  },
  {
    // A small-car licence said to be open from an age under eighteen (a moped's or a motorcycle's is
    // another class and stops the reading).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=小型(?:自动挡)?汽车(?:(?!周岁|摩托|轻便|三轮|拖拉机)${IN}){0,24}?)(?:年满|须满|应满|满|年龄(?:为|在)?)(?:1[0-7]|十[一二三四五六七]?)周岁`,
      'g',
    ),
    message:
      '年龄条件表述错误：申请小型汽车准驾车型驾驶证应年满18周岁（《机动车驾驶证申领和使用规定》第十四条）',
  },
  {
    // The noise law's night told as other than 22:00 to 6:00.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:“夜间”|夜间)(?:是)?指${IN}{0,6}?(?:晚上|夜里|夜间)?(?:十|10|22)(?:点|时|:00)(?:至|到|—|-)(?:次日|第二天)?(?:早晨|早上|凌晨|清晨)?(?![六6](?:点|时|:))(?:[一二三四五七八九]|[1-57-9])(?:点|时|:00)`,
      'g',
    ),
    message:
      '时段表述错误：《噪声污染防治法》第八十八条规定“夜间”是指晚上十点至次日早晨六点之间的期间',
  },
  {
    // A pre-sale's invested share of the total other than a quarter.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `投入(?:的)?开发建设(?:的)?资金(?:应当?|须|需|必须)?(?:达到|占)${IN}{0,6}?总投资(?:的)?(?!百分之二十五|25[%％])(?:百分之[一二三四五六七八九十]{1,3}|\\d{1,2}[%％])(?:以上)?`,
      'g',
    ),
    message:
      '预售条件表述错误：投入开发建设的资金应达到工程建设总投资的百分之二十五以上（《城市房地产管理法》第四十五条）',
  },
]);
