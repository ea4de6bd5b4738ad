// Sex acts named outright in a post: 由技师为嫖客提供口交服务, 店内设有胸推、毒龙等项目, 技师给客人
// 做胸推. Even a police report of a raid need not name the act: 提供色情服务 says enough, so a case report
// does not excuse it (its rule is none of legal-framing.ts's CASE_FACTS). 卖淫嫖娼, 色情服务 and 性交易
// name no act and are left to the lexicon; so is 手淫, the category a court rules on (涉案场所提供三种
// 手淫服务，不属于卖淫行为). Nor need it paint the scene of a raid: naked bodies caught in the act (一对
// 男女正赤身裸体发生性交易, 两人一丝不挂地躺在床上) and the things strewn around them (床上散落着避孕套和
// 现金). 当场查获卖淫嫖娼人员2名 and 现场查扣安全套若干 tell the facts without it, and a body found
// naked with no sex in the sentence (男子赤身裸体在街头游荡) is no such scene.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Explicit acts (not 性交易, the legal name of the trade). */
const ACT = '(?:口交|肛交|乳交|胸推|毒龙钻?|冰火两重天|打飞机|性交(?!易))';

/** Naked, told of the persons caught. */
const NAKED =
  '(?:赤身裸体|一丝不挂|全身赤裸|浑身赤裸|赤裸着?(?:身体|身子|上身|下身)|赤条条|光着身子|光溜溜|衣不蔽体|裸着身子|裸体)';
/** The sex trade or a sex act after them in the sentence, or the two entwined (搂在一起). */
const SEX = '(?:性交易|性关系|卖淫|嫖娼|嫖宿|交易|苟合|苟且|(?:搂|抱|纠缠)在一起)';
/** The parties of the trade, named before them (嫖客与卖淫女正光着身子). */
const PARTIES = '(?:嫖客|卖淫女|卖淫人员|卖淫妇女|失足妇女|失足女)';
/** Things of the trade strewn about the room. */
const STREWN =
  '(?:床上|地上|床头|垃圾桶|房间内?|包间内?|桌上)[^。；！？\\n]{0,6}?(?:散落|丢满|扔满|堆满|到处是|摆满|散放)(?:着|了)?[^。；！？\\n]{0,8}?(?:避孕套|安全套|情趣用品|卫生纸)';

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
  {
    // The scene of a raid painted: naked persons at it, the condoms strewn about.
    rule: 'legal.explicit-sex',
    severity: 'warn',
    pattern: new RegExp(
      `${NAKED}(?:地)?${IN}{0,12}?${SEX}(?:${IN}{0,30}?${STREWN}[^。；！？\\n，,]{0,10})?|${PARTIES}${IN}{0,12}?${NAKED}|${STREWN}[^。；！？\\n，,]{0,10}`,
      'g',
    ),
    message: '对查处现场的裸体、性交易场景作细节描写，属低俗内容，政务新媒体不宜发布',
  },
]);
