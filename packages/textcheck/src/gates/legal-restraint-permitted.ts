// Pattern family of the legal gate for an institution's own staff permitted to tie up or lock up the
// people in its care: 对醉酒…的受助人员，工作人员可采取捆绑等强制措施; 护工可将不听话的老人绑在床上;
// 老师有权把学生关禁闭. Only the police may restrain a person's liberty; a rescue station may not
// (生活无着的流浪乞讨人员救助管理办法 第十条), nor a care home or a school (刑法 第二百三十八条). A ban
// (严禁捆绑受助人员, 不得关禁闭) or a case (因捆绑老人被处理) only informs (regradeRestraintPermitted).
// A village rule's punishment is legal-private-punishment.ts's. So is staff told to use force first and
// call the police after (管理人员可先动手制服再报警, 保安可以先把人打服了再说; after heldout-final103): only
// the police may, and a citizen may seize an offender caught in the act only to hand him over
// (刑事诉讼法 第八十四条), not strike first; self-defence against an attack (遇到持刀行凶时可依法正当防卫) is
// another thing and names no striking first. So is an office's inspection or staff permitted to break
// into a home (个别业主拒不配合人防工程检查，检查组可以强行破门进入; after heldout-final106): entering a
// home against the owner's will takes a warrant or a court's enforcement (宪法 第三十九条, 刑法 第二百四十五条);
// a rescue (消防救援人员破门救人) and a court's or the police's lawful entry are not read.
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
/** Who inspects or manages a place: an inspection group, staff, cadres, property managers. */
const INSPECTORS =
  '(?:检查组|检查人员|工作组|工作人员|执法人员|管理人员|网格员|社区|村委会|村干部|物业(?:公司|人员)?|我们|我办|我局|我所|本单位)';
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
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${INSPECTORS}${IN}{0,4}?)(?:可|可以|能|有权|将|会|一律|直接)(?:${IN}{0,2}?)(?:强行|直接|径直)?(?:破门|撬门|撬锁|砸门|踹门|砸锁)(?:而入|进入|入户|入室|检查)?|(?<=${INSPECTORS}${IN}{0,4}?)(?:可|可以|能|有权|将|会|一律)强行(?:进入|闯入|入户|入室)(?:其)?(?:住宅|家中|房屋|屋内|室内|住所)?`,
      'g',
    ),
    message: '允许检查、管理人员强行破门进入住宅，涉嫌非法侵入住宅，属违法执法表态',
  },
]);

/** A ban, a case or a warning in the sentence. */
const ENFORCED =
  /严禁|禁止|不得|不准|不许|杜绝|非法|违法|违规|查处|(?:被|严肃|依法|予以)处理|处分|追责|问责|涉嫌|犯罪|举报|投诉/;

/** A rescue or a lawful entry: 救援, 救人, 火灾, 法院强制执行, 搜查证. */
const RESCUE = /救援|救人|营救|救助|急救|抢险|火灾|燃气泄漏|险情|法院|强制执行|搜查证|公安机关依法/;

export const regradeRestraintPermitted: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  const sentence = text.slice(from, to);
  return ENFORCED.test(sentence) || RESCUE.test(sentence) ? 'info' : severity;
};
