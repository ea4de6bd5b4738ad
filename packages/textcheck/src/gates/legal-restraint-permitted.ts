// Pattern family of the legal gate for an institution's own staff permitted to tie up or lock up the
// people in its care: 对醉酒…的受助人员，工作人员可采取捆绑等强制措施; 护工可将不听话的老人绑在床上;
// 老师有权把学生关禁闭. Only the police may restrain a person's liberty; a rescue station may not
// (生活无着的流浪乞讨人员救助管理办法 第十条), nor a care home or a school (刑法 第二百三十八条). A ban
// (严禁捆绑受助人员, 不得关禁闭) or a case (因捆绑老人被处理) only informs (regradeRestraintPermitted).
// A village rule's punishment is legal-private-punishment.ts's. So is staff told to use force first and
// call the police after (管理人员可先动手制服再报警, 保安可以先把人打服了再说; after heldout-final103): only
// the police may, and a citizen may seize an offender caught in the act only to hand him over
// (刑事诉讼法 第八十四条), not strike first; self-defence against an attack (遇到持刀行凶时可依法正当防卫) is
// another thing and names no striking first.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** Within one clause. */
const IN = '[^。；！？\\n，,]';
/** The staff of an institution, or the institution itself. */
const STAFF =
  '(?:工作人员|管理人员|值班人员|保安|护工|护理员|老师|教师|教官|班主任|管教|我站|本站|我院|本院|我校|本校|我所|本所|中心)';
/** Who keeps order at a place: staff, guards, property managers, village cadres. */
const KEEPERS =
  '(?:工作人员|管理人员|管理员|值班人员|保安(?:人员|员)?|安保人员|物业(?:人员)?|门卫|场所负责人|负责人|村干部|网格员|巡逻队员|志愿者|店员|店主|商户|业主|经营者|群众|村民)';
/** Force used first: 先动手制服, 先把人打服, 先教训一顿, 直接动手. */
const FORCE_FIRST =
  '(?:先|直接|当场|可以先)(?:动手|出手)(?:制服|教训|打|揍|控制)?|先(?:把(?:人|对方|他|他们|其)?)?(?:打服|揍服|打一顿|揍一顿|教训一顿|按倒|摁倒|放倒)|(?:打一顿|揍一顿|教训一顿)再(?:报警|说|交给)';
const ACT =
  '(?:捆绑|绑起来|捆起来|绑在[^。；！？\\n，,]{1,6}?上|锁在[^。；！？\\n，,]{1,6}?(?:里|内|中)|关禁闭|关小黑屋|关起来|锁起来)';

export const RESTRAINT_PERMITTED_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${STAFF}${IN}{0,4}?)(?:可|可以|有权|应当?|须|需|将|一律)(?:采取|采用|对其|将其|把其|把他们?|将他们?)?${IN}{0,4}?${ACT}(?:等)?(?:强制措施|约束措施|措施|方式|处理)?`,
      'g',
    ),
    message: '允许工作人员捆绑、关押受助人员等，涉嫌非法限制人身自由',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${KEEPERS}${IN}{0,4}?)(?:可|可以|能|应|应当|要|尽管|不妨|有权)(?:${IN}{0,2}?)(?:${FORCE_FIRST})(?:${IN}{0,6}?(?:再|然后|之后|后)(?:报警|拨打110|交给警方|移交公安|扭送))?`,
      'g',
    ),
    message: '允许先动手制服、殴打他人再报警，涉嫌故意伤害或非法拘禁，属不当引导',
  },
]);

/** A ban, a case or a warning in the sentence. */
const ENFORCED =
  /严禁|禁止|不得|不准|不许|杜绝|非法|违法|违规|查处|(?:被|严肃|依法|予以)处理|处分|追责|问责|涉嫌|犯罪|举报|投诉/;

export const regradeRestraintPermitted: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return ENFORCED.test(text.slice(from, to)) ? 'info' : severity;
};
