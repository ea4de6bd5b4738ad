// A group of people called society's refuse: 吸毒的人都是社会的垃圾, 小偷都是社会渣滓, 这些醉驾者就是人渣,
// 电信诈骗分子全是社会败类. An office may condemn the act and name the law (吸毒违法，害人害己), but a
// post that calls people garbage or scum insults them (and the addicts it hopes to reach); the rule
// counts only people — those who do something (…的人, …者, …分子, …人员, 这些人) — so a thing called
// society's ill (毒品是社会的毒瘤, 黑恶势力是社会毒瘤) and litter (清理社会垃圾死角) stay quiet. Quoted and
// reported words only inform (the gate's regradeReported).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** People named by what they do or by a group word: 吸毒的人, 醉驾者, 诈骗分子, 这些人, 小偷. */
const PEOPLE =
  '(?:[\\u4e00-\\u9fa5]{1,6}的人|[\\u4e00-\\u9fa5]{1,6}(?:者|分子|人员|犯|鬼|徒|贩子|们)|(?:这些|那些|这种|那种|这类|那类|这帮|那帮|这群|那群)(?:人|家伙)|小偷|扒手|骗子|毒贩|瘾君子)';
/** The insult: garbage, scum, dregs. 败类 and 毒瘤 alone also name a traitor to a cause or a social ill. */
const REFUSE = '(?:垃圾|渣滓|人渣|废物|败类|寄生虫)';

export const REFUSE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'opinion.abuse',
    severity: 'block',
    pattern: new RegExp(
      `${PEOPLE}(?:都|全|全都|统统|个个|无一不|基本都|大多)?(?:是|就是|纯属|属于|乃|简直是)(?:一群|一帮|一伙|一批|一些)?(?:社会|人类|人间|国家)(?:的|上的)?${REFUSE}|${PEOPLE}(?:都|全|全都|统统|个个|就)?是(?:一群|一帮|一伙)?(?:人渣|渣滓)`,
      'g',
    ),
    message: '把某类人称为“社会的垃圾”“人渣”，辱骂用语，政务新媒体不得使用',
  },
]);
