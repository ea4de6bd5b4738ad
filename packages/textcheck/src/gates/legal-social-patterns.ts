// Pattern family of the legal gate: a cult's recruitment promises (信主能治百病, 末日将至) and
// discrimination in hiring or service by health, marital status or province of origin.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const LEGAL_SOCIAL_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A cult's recruitment promise: faith heals or saves (信主能治百病, 入会才能得救, 不用打针吃药,
    // 末日将至). Quoted in anti-cult publicity it informs.
    rule: 'legal.cult',
    severity: 'block',
    pattern:
      /(?:信主|信神|信教|入教|入会|信了?[^。，；！？\n]{1,4}?)(?:就|能|可以|才能|便能|就能|可)(?:治百病|包治百病|治好百病|得救|消灾免难|消灾|升天|进天国)|末日(?:将至|来临|就要来了)|不用打针吃药|不用吃药打针|有病不用(?:看医生|吃药|打针)/g,
    message: '宣扬邪教内容',
  },
  {
    // Discrimination in hiring or service, banned by the Employment Promotion Law: a health status
    // (乙肝病毒携带者不予录用, HIV感染者一律不招), marital status (限未婚女性, 仅招已婚已育) or a
    // province of origin (暂不接待新疆、西藏籍旅客, 河南籍人员不予录用) as a bar.
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern:
      /(?:乙肝|乙肝病毒|艾滋病|HIV|病毒)(?:携带者|感染者|阳性|表面抗原阳性)[^。；！？\n]{0,6}?(?:不予录用|不录用|不予聘用|不聘用|一律不招|不招|谢绝|拒绝录用|不得报名|不予报名|不予考虑)|(?:限|仅限|只限|只招|仅招|要求为?|须为|必须是)(?:未婚|已婚已育|未婚未育|已育)|(?:不接待|谢绝|拒绝接待|不予接待|不招收?|不录用|不予录用|拒收|不租给|不租)[\u4e00-\u9fff、]{1,12}?籍(?:人员|旅客|游客|人士|员工|求职者|客人|租客|人)?|籍(?:人员|旅客|游客|人士|求职者|租客)[^。；！？\n]{0,4}?(?:不予录用|不录用|一律不招|谢绝|不接待|拒收|免谈)/g,
    message: '以健康状况、婚育状况或籍贯设限，涉嫌就业或服务歧视',
  },
]);
