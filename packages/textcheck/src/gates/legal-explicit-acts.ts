// Sex acts named outright in a post: 由技师为嫖客提供口交服务, 店内设有胸推、毒龙等项目, 技师给客人
// 做胸推. Even a police report of a raid need not name the act: 提供色情服务 says enough, so a case report
// does not excuse it (its rule is none of legal-framing.ts's CASE_FACTS). 卖淫嫖娼, 色情服务 and 性交易
// name no act and are left to the lexicon; so is 手淫, the category a court rules on (涉案场所提供三种
// 手淫服务，不属于卖淫行为).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Explicit acts (not 性交易, the legal name of the trade). */
const ACT = '(?:口交|肛交|乳交|胸推|毒龙钻?|冰火两重天|打飞机|性交(?!易))';
/** Within one sentence. */
const IN = '[^。；！？\\n]';

export const EXPLICIT_ACT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.explicit-sex',
    severity: 'warn',
    pattern: new RegExp(
      `${ACT}(?:[”"]?[、和及与]?[“"]?${ACT})*[”"]?(?:等)?(?:色情|性)?(?:服务|项目|套餐)|(?:为|给|向|帮)(?:嫖客|客人|顾客|男客|客户)${IN}{0,6}?${ACT}`,
      'g',
    ),
    message: '直白描述具体性行为，属低俗内容，政务新媒体不宜发布（可概括为“提供色情服务”）',
  },
]);
