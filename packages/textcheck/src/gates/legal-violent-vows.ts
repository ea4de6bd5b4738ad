// Violence vowed or told with approval: a condition, then the act with a weapon (城管再敢来收摊子，就
// 拿刀捅了他们; 谁再来拆我家房子，我就提着菜刀砍过去; 要是再敢来催债，老子就捅死他们), a vow that counts
// the cost (大不了一命换一命, 大不了同归于尽, 大不了去坐牢) and a stabbing or a killing praised (捅得好,
// 这种人砍死活该). A report of a crime tells what was done (男子持刀捅伤邻居) with no condition or vow;
// a threat the post quotes (扬言“…”) or reports as the offender's words with what the police did
// about it is someone else's and only informs.
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import { guardRules } from './regex-guard.ts';

/** Whoever the act is aimed at: 他们, 你, 这帮人. */
const TARGET = '(?:他们|你们|她们|这帮人?|那帮人?|这些人|那些人|狗官|他|她|你)';
/** The condition a threat sets: 再敢来, 要是再, 谁敢. */
const CONDITION =
  '(?:再敢|敢再|还敢|胆敢|再来|要是再|如果再|若再|只要再|下次再|谁敢|谁再|哪个再|哪个敢)';
const THEN = '(?:就|我就|老子就|我们就|俺就|便|直接|立马|立刻|当场)';
const WEAPON = '(?:刀|菜刀|砍刀|尖刀|水果刀|斧头|斧子|棍子|铁棍|钢管|砖头|锄头|镰刀|枪|汽油|硫酸)';
const STRIKE = '(?:捅|砍|劈|剁|杀|扎|砸|烧|泼|刺|宰)';

export const VIOLENT_VOW_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // The condition, then the weapon and the blow, or a lethal blow at someone: 再敢来就拿刀捅了他们,
    // 要是再来拆，老子就捅死他们.
    rule: 'legal.violence',
    severity: 'block',
    pattern: new RegExp(
      `${CONDITION}[^。！？!?\\n]{0,16}?${THEN}(?:去|要|会|敢)?(?:(?:拿|提|抄|掏|操|举|带|揣)(?:起|上|出|着)?${WEAPON}(?:去|来|把${TARGET})?${STRIKE}(?:了|死|伤)?${TARGET}?|(?:把${TARGET})?(?:捅|砍|杀|宰|劈|弄|打)(?:死|残)|(?:捅|砍|杀|宰|劈)了${TARGET})`,
      'g',
    ),
    message: '扬言持械伤人的暴力威胁内容',
  },
  {
    // A vow that counts the cost of violence: 大不了一命换一命, 大不了同归于尽, 大不了去坐牢.
    rule: 'legal.violence',
    severity: 'warn',
    pattern:
      /大不了(?:就|去|我)?(?:一命换一命|一命抵一命|以命换命|同归于尽|鱼死网破|拼个你死我活|和他们拼了|跟他们拼了|蹲大牢|坐牢|进监狱|吃牢饭|吃枪子儿?|挨枪子儿?|偿命)/g,
    message: '宣扬以暴力报复、同归于尽的极端言论',
  },
  {
    // A stabbing or a killing praised: 捅得好, 杀得好, 这种人砍死活该, 打死也活该. Not a pig or a
    // tree cut well (年猪杀得好, 树砍得好).
    rule: 'legal.violence',
    severity: 'warn',
    pattern:
      /(?<![猪鸡鸭鱼羊牛树柴菜草])(?:捅|砍|杀|宰)(?:得好|得对|得漂亮|得太好了)|(?:捅|砍|杀|宰|打)死(?:了)?(?:也|都)?(?:是)?活该/g,
    message: '赞许暴力伤害行为的言论',
  },
]);

/** The offender's words reported (扬言, 叫嚣) in a post that tells what was done about them. */
const REPORTED_THREAT = /扬言|叫嚣|声称|放话|威胁称|恐吓称|留言称|发帖称/;
const DEALT_WITH = /拘留|抓获|查处|立案|依法|处罚|刑拘|逮捕|训诫|批评教育|控制|判处/;

/** A vow quoted, or reported as an offender's words in a post telling what was done: info. */
export const regradeVow: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  if (insideQuotes(text, span)) return 'info';
  let from = span.start;
  while (from > 0 && !/[。！？!?\n]/.test(text[from - 1]!)) from--;
  return REPORTED_THREAT.test(text.slice(from, span.start)) && DEALT_WITH.test(text)
    ? 'info'
    : severity;
};
