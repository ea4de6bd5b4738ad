// Pattern family of the opinion gate for a call to shame or punish people outside the law, said in the
// account's voice: 这种不孝子女就该被全村人戳脊梁骨, 老赖就应该拉出去游街示众, 这样的黑心商家活该被人唾骂,
// 真该把他们钉在耻辱柱上, 就该人肉出来让他社死, and death wished on them (这种虐待老人的人就该拉出去枪毙,
// 人贩子都该判死刑). A post may report that a conduct is condemned (不孝行为受到乡邻谴责) or that
// shaming was once done (旧时不孝之人会被乡邻戳脊梁骨); it may not wish it on anyone. The wish is a
// verb of desert (就该, 活该, 理应 …) before the shaming, not denied (不该被戳脊梁骨, 别…). The finding
// takes in the people named right before (这种不孝子女…). Quoted and reported words only inform (the
// gate's regradeReported).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Shaming or punishment by the crowd or by curse. */
const SHAMING =
  '(?:戳脊梁骨|戳着?脊梁|戳断脊梁|唾骂|千夫所指|千刀万剐|碎尸万段|五马分尸|浸猪笼|游街示众|游街|挂路灯|人人喊打|骂死|骂个狗血淋头|断子绝孙|不得好死|天打雷劈|五雷轰顶|钉在耻辱柱上|钉上耻辱柱|赶出村子?|逐出家门|扫地出门|人肉出来|人肉搜索|社会性死亡|社死|(?:拉|拖)出去(?:枪毙|毙了|砍了|斩了|打死)?|枪毙|毙了|判死刑|乱棍打死|活活打死|下地狱)';

export const OPINION_SHAMING_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'opinion.emotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?:像)?(?:这种|这样的|这类|这些|那些|这帮|这号|此类)[\u4e00-\u9fa5]{0,6}?)?(?<![不别])(?:就该|就应该|就应当|就得|真该|活该|理应|理当|早该|都该|也该)(?:被|让|叫|把|给)?[^。，,；;！？!?\\n]{0,10}?${SHAMING}`,
      'g',
    ),
    message: '宣泄情绪、主张羞辱或私刑的个人表述，政务新媒体不得发布',
  },
]);
