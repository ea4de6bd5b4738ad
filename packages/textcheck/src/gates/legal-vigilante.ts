// Pattern family of the legal gate: a private beating or humiliation of someone told with approval —
// 抓住后把人吊在树上狠狠打了一顿，大快人心; 村民把小偷绑在电线杆上暴打，真是解气; 几个人把他揍了一顿，
// 打得好. Taking the law into one's own hands is an offence (故意伤害, 非法拘禁), and a post praising it
// endorses it. What it leaves: a beating reported or condemned (…殴打他人，已被行政拘留; 私刑是违法的),
// a beating that an enemy dealt in a red story (被敌人吊在树上毒打), and approval of a lawful arrest
// (小偷落网，大快人心: no beating in between).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Within one sentence. */
const IN = '[^。；！？\\n]';
/** A private beating or humiliation: 吊在树上打, 狠狠打了一顿, 暴打, 绑在电线杆上, 游街示众. */
const BEATING =
  '(?:(?:吊|绑|捆|拴)(?:在|到|起来)[^。；！？，,\\n]{0,8}?(?:打|揍|抽|示众)|(?:狠狠|狠狠地|往死里|结结实实)?(?:打|揍|教训|收拾|修理)了?(?:他|她|他们|对方|小偷|那人)?一顿|暴打|痛打|毒打|群殴|围殴|游街示众|拉去游街)';
/** Approval after it: 大快人心, 解气, 活该, 打得好. */
const APPROVAL =
  '(?:大快人心|真解气|很解气|太解气|解气|真痛快|活该|打得好|干得漂亮|干得好|值得点赞|为他点赞|人人叫好|拍手称快|拍手叫好)';

export const VIGILANTE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.violence',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!被|遭|遭到|受到|敌人|匪徒|日军|鬼子)(?<span>${BEATING}${IN}{0,12}?${APPROVAL})`,
      'g',
    ),
    message: '赞许私自殴打、捆绑、示众他人，宣扬以暴制暴，涉嫌故意伤害、非法拘禁等违法行为',
  },
]);
