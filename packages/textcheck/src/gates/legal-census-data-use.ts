// Census or statistical survey returns turned against those who gave them (after final202): 普查中
// 登记的违章建筑、未落户等情况将移交公安、住建等部门，作为依法处理的依据. What a census or a survey learns
// of a respondent may be used for statistics alone and may not ground an administrative act against
// the respondent (《统计法》第二十五条; 《全国人口普查条例》第三十三条, and alike 《全国经济普查条例》,
// 《全国农业普查条例》, 《全国污染源普查条例》). Read only where a population, economic, agricultural or
// pollution census, a statistical survey or a census's registration is named. Quiet: the promise that
// the returns will not be so used (不会作为处罚的依据), a risk or hazard survey's findings passed on for
// repair, and a census's results used for policy.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** A denial or a question: the returns will not be so used. */
export const regradeCensusDataUse = informsWhenSentence(
  /不会|不得|不作为|不能|不用于|不被|不予|绝不|决不|严禁|禁止|无关|不涉及|谣|误区|并非|不是|[？?]/,
);

/** A census or a statistical survey whose returns are protected, or its registration. */
const CENSUS =
  '(?:(?:人口|经济|农业|污染源)普查|统计调查|普查(?:中|时|期间)?(?:登记|填报|申报|采集|获得|取得|掌握)|普查(?:对象|员|表|资料|数据|信息))';
/** An enforcement department. */
const ENFORCER =
  '(?:公安|派出所|住建|城管|综合执法|执法部门|自然资源|规划|税务|市场监管|计生|卫健|有关部门|相关部门|职能部门)';
/** Handling or punishing the respondent. */
const SANCTION = '(?:处理|处罚|查处|执法|追责|追缴|拆除|拆违|罚款|补缴|清理|整治)';

export const CENSUS_DATA_USE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // 普查中登记的违章建筑…将移交公安、住建等部门，作为依法处理的依据; 普查数据将提供给城管部门用于查处
    // 违建.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${CENSUS}${IN}{0,60}?)(?:(?:将|会|要|一律|统一|全部)?(?:移交|移送|提供给|通报给?|推送给?|转交|抄送|共享给?|交给|交由)${IN}{0,16}?${ENFORCER}${IN}{0,16}?(?:作为|用作|用于|成为|依法|进行|予以)${IN}{0,8}?${SANCTION}(?:的)?(?:依据|证据|线索)?|(?:作为|用作|用于|成为)${IN}{0,10}?${SANCTION}(?:的)?(?:依据|证据|线索))`,
      'g',
    ),
    message:
      '普查、统计调查中获得的能够识别单个调查对象的资料，只能用于统计目的，不得作为对调查对象作出处理、处罚的依据（《统计法》第二十五条，《全国人口普查条例》第三十三条）',
  },
]);
