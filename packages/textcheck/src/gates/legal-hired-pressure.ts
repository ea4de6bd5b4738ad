// A dispute settled by sending a gang: the reader told to get some people to go to the other side's
// door and “work on” them, scare or teach them a lesson (实在不行找几个人上门“做做工作”，往往效果立竿见影;
// 叫上几个兄弟去他家堵门, 找一帮社会上的人去吓唬吓唬他). That is intimidation (刑法 第二百九十三条,
// 寻衅滋事; 治安管理处罚法 第四十二条), whatever the post said first about suing. Officials or volunteers
// sent to persuade (社区网格员上门做工作, 找几个志愿者上门帮忙) are no gang, and a sentence that forbids or
// reports it (严禁雇人上门滋扰, 因纠集多人上门闹事被拘留) tells the reader not to.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** Within one sentence. */
const IN = '[^。；！？!?\\n]';
/** A gang: some people, brothers, people from the street — not officials or volunteers. */
const GANG =
  '(?:找|叫|叫上|喊|喊上|带|带上|雇|请|花钱找|花钱雇)(?:几个|一帮|一群|一伙|些|几名|十几个|一些)(?:人|兄弟|哥们儿?|朋友|社会上的人|社会人|混混|小弟|壮汉)';
/** To the other side's door. */
const GO =
  '(?:上门|到他家|去他家|到对方家|去对方家|到(?:他|她|对方)(?:的)?(?:家|单位|公司|门口)|堵门|堵他|守在)';
/** What they do there. */
const PRESSURE =
  '(?:[“"]做做工作[”"]|[“"]做工作[”"]|做做工作|[“"]?(?:谈谈|聊聊|沟通沟通)[”"]|吓唬|吓一吓|教训|收拾|施压|讨说法|闹一闹|堵(?:他|她|门)|逼(?:他|她|对方))';

export const HIRED_PRESSURE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.violence',
    severity: 'warn',
    pattern: new RegExp(`${GANG}${IN}{0,4}?${GO}${IN}{0,6}?${PRESSURE}`, 'g'),
    message: '建议纠集他人上门施压、恐吓，涉嫌寻衅滋事等违法行为，应引导依法维权',
  },
]);

/** The sentence forbids or reports it. */
const DISOWNED =
  /严禁|禁止|不得|切勿|请勿|不要|千万别|违法|犯罪|滋扰|闹事被|被拘留|被处罚|依法处理|处罚|查处|涉嫌|寻衅滋事/;

export const regradeHiredPressure: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  // The advice's own words (一般不会被查) are not its disowning.
  const around = text.slice(from, span.start) + text.slice(span.end, to);
  return DISOWNED.test(around) ? 'info' : severity;
};
