// Party formulations written with a wrong word in a fixed slot (after final208 and final209):
// - the traditional culture's two tasks, 推动中华优秀传统文化创造性转化、创新性发展 (since the speech at the
//   Politburo's twelfth group study of 30 December 2013; the reports of the 19th and 20th congresses):
//   another word after 创新性 (创造性转化、创新性继承) or the two adjectives swapped (创新性转化、创造性发展);
// - the new development pattern, 以国内大循环为主体、国内国际双循环相互促进的新发展格局 (proposals for the
//   14th five-year plan, fifth plenum of the 19th central committee, October 2020; report of the 20th
//   congress): the international cycle made the main body (以国际大循环为主体). Quiet: the right wording,
//   the words apart from the pair (创新性发展数字文化), and the old model named as what was left behind
//   (从以国际大循环为主体转向…, 不是以国际循环为主体).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const FORMULATION_WORDING_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'political.formulation',
    severity: 'warn',
    pattern: /创造性转化[、和与及]\s*(?<span>创新性(?!地?发展)[\u4e00-\u9fa5]{2})/g,
    message: '规范表述是推动中华优秀传统文化“创造性转化、创新性发展”，请核实',
  },
  {
    rule: 'political.formulation',
    severity: 'warn',
    pattern: /创新性转化[、和与及]\s*创造性发展/g,
    message: '规范表述是推动中华优秀传统文化“创造性转化、创新性发展”，请核实',
  },
  {
    rule: 'political.formulation',
    severity: 'warn',
    pattern:
      /(?<!从|由|不是|并非|而非|改变|摆脱|告别)以(?:国际|国外|外部|海外)大?循环为主体(?=[、，,]?(?:国内国际|国际国内)?双循环|[^。；;！？!?\n]{0,24}?新发展格局)/g,
    message: '新发展格局的规范表述是“以国内大循环为主体、国内国际双循环相互促进”，请核实',
  },
]);
