// A dispute settled by sending a gang: the reader told to get some people to go to the other side's
// door and “work on” them, scare or teach them a lesson (实在不行找几个人上门“做做工作”，往往效果立竿见影;
// 叫上几个兄弟去他家堵门, 找一帮社会上的人去吓唬吓唬他). That is intimidation (刑法 第二百九十三条,
// 寻衅滋事; 治安管理处罚法 第四十二条), whatever the post said first about suing. Officials or volunteers
// sent to persuade (社区网格员上门做工作, 找几个志愿者上门帮忙) are no gang, and a sentence that forbids or
// reports it (严禁雇人上门滋扰, 因纠集多人上门闹事被拘留) tells the reader not to. So is a household
// pressed to sign or move out of an expropriated home by cutting its water, power, gas or road (对仍不
// 签约的“钉子户”，各工作组可协调供水、供电单位采取停水停电措施; 对拒不搬迁户一律断水断电; 通过封堵道路
// 迫使被征收人签约; after heldout-final100): 国有土地上房屋征收与补偿条例 第二十七条 forbids forcing a move
// by violence, threats or cutting water, heat, gas, power or road access, and the 集体土地 rules the
// same. And a debt collected by siege or seizure (组织人员上门堵门、扣押对方车辆催讨; after
// heldout-final104). Quiet: the ban itself (严禁采取停水停电等非法方式迫使搬迁), supply ended after the household
// has moved out (被征收人搬迁后，由供水供电单位办理销户), and an ordinary outage notice (no household pressed).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { reportsCaseTried } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';
import { sentenceAround } from './sentence.ts';

/** A gang: some people, brothers, people from the street — not officials or volunteers. */
const GANG =
  '(?:(?:找|叫|叫上|喊|喊上|带|带上|雇|请|花钱找|花钱雇)(?:几个|一帮|一群|一伙|些|几名|十几个|一些)(?:人|兄弟|哥们儿?|朋友|社会上的人|社会人|混混|小弟|壮汉|工友|老乡|亲戚|同乡)|(?:组织|纠集|召集|发动|号召|带领|动员|串联)(?:其他|全体|所有|更多|一些|一帮|一群|几十名|几十个|十几名|十几个)?(?:的)?(?:工友|工人|农民工|兄弟|老乡|同乡|亲戚|家属|亲属|业主|村民))';
/** The other side: the boss, the contractor, the debtor. */
const OTHER_SIDE = '(?:他|她|对方|老板|包工头|开发商|欠款人|欠债人|雇主|老赖)';
/** The debtor whose goods are seized. */
const DEBTOR = '(?:对方|债务人|欠款人|欠债人|欠款方|欠款企业|欠款单位|老赖|客商|他|她|其)';
/** To the other side's door, or besieging it (堵老板家门, 围堵包工头的公司). */
const GO = `(?:上门|到他家|去他家|到对方家|去对方家|到${OTHER_SIDE}(?:的)?(?:家|单位|公司|门口|家门口)|堵门|堵他|守在|(?:去|到)?(?:围堵|堵住?|围住?)${OTHER_SIDE}(?:的)?(?:家门口?|家|公司|单位|办公室|门口|大门)|(?:去|到)?(?:围堵|堵住?|堵死|围住?|封堵|拦住)(?:${OTHER_SIDE}的?)?(?:公司|工厂|厂区?|工地|项目部|售楼处|门店|办公楼)(?:的)?(?:大门|门口|出入口|进出口))`;
/** What they do there. */
const PRESSURE = `(?:[“"]做做工作[”"]|[“"]做工作[”"]|做做工作|[“"]?(?:谈谈|聊聊|沟通沟通)[”"]|吓唬|吓一吓|教训|收拾|施压|讨说法|闹一闹|堵(?:他|她|门)|堵着|围着|逼(?:他|她|其|公司|${OTHER_SIDE})|给${OTHER_SIDE}(?:点|些|一点)?颜色(?:看看|瞧瞧))`;

export const HIRED_PRESSURE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.violence',
    severity: 'warn',
    // …and workmates sent to besiege the boss, made to show him (after heldout-final102): 多叫几个工友去
    // 堵老板家门，必要时给他点颜色看看; 喊上十几个工友去围堵老板的公司，逼他还钱; and workmates organised
    // to block the firm's gate (after heldout-final105): 您可以组织工友堵住公司大门，逼其尽快付款; 纠集
    // 老乡围堵工地出入口，逼老板结清工钱. Blocking a gate to force payment is 聚众扰乱 (刑法 第二百九十条,
    // 治安管理处罚法 第二十三条); a wage claim goes to 劳动监察 or arbitration.
    pattern: new RegExp(`${GANG}${IN}{0,4}?${GO}${IN}{0,6}?${PRESSURE}`, 'g'),
    message: '建议纠集他人上门施压、恐吓，涉嫌寻衅滋事等违法行为，应引导依法维权',
  },
  {
    rule: 'legal.violence',
    severity: 'warn',
    // …and a debt collected by siege or seizure, told as what works (after heldout-final104): 组织人员
    // 上门堵门、扣押对方车辆催讨效果明显，企业可以参考; 扣下欠款人的货车抵债; 派人去对方公司蹲守. Seizing
    // a debtor's goods or blocking his door is self-help the law forbids (非法拘禁, 寻衅滋事; only a court
    // enforces a debt).
    pattern: new RegExp(
      `(?:组织|纠集|安排|派|派出|召集)(?:人员|人手|员工|工人|职工|几个人|一帮人|一批人|多人|十几个人|人)${IN}{0,4}?(?:上门|到对方|去对方|到${OTHER_SIDE})?${IN}{0,4}?(?:堵门|堵住|围堵|堵截|蹲守|守门|闹|静坐)|(?:扣押|扣留|扣下|强行开走|强行拖走|强行拉走|开走|拖走|拉走)${DEBTOR}(?:的)?(?:车辆|汽车|货车|车子|车|货物|货|财物|设备|证件|身份证)`,
      'g',
    ),
    message:
      '建议以堵门、扣押财物等方式自行催讨债务，涉嫌非法拘禁、寻衅滋事等违法行为，应依法通过诉讼解决',
  },
]);

/** A household pressed over an expropriation: 钉子户, 未签约户, 拒不搬迁, 被征收人. */
const HOLDOUT =
  '(?:钉子户|未签约户?|不签约|拒签|拒不签约|拒绝签约|未搬迁|不搬迁|拒不搬迁|拒迁|拒不腾退|不腾退|被征收人|被征收户|被拆迁人|被拆迁户|拆迁户|征收户|搬迁户|腾退户|不配合(?:征收|拆迁|搬迁|腾退|签约))';
/** Supply or access cut: 停水停电, 断水断电, 停气, 封堵道路. */
const CUT_OFF =
  '(?:停水|断水|停电|断电|停气|断气|停暖|断暖|停止供(?:水|电|气|暖|热)|中断(?:供水|供电|供气|供热|供暖|道路通行)|切断(?:水电|水源|电源|气源)|(?:水电|水电气)(?:停供|断供)|封堵(?:道路|出入口|进出道路)|挖断(?:道路|路面)|(?:道路|路面|出入口|通道)(?:挖断|封堵|堵死|封死|截断)|断路|封路)';
/** Pressed to sign or move out: 迫使, 逼, 倒逼…签约. */
const FORCED = '(?:迫使|逼迫|逼|促使|倒逼|督促|催促|施压)';
const OUT = '(?:签约|签字|搬迁|搬离|腾退|腾空|拆迁|交房|就范)';

export const EXPROPRIATION_PRESSURE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${HOLDOUT}${IN}{0,40}?)(?:可|可以|要|须|需|应|必要时|一律|直接|协调|联系|通知|安排|采取|实施|予以)${IN}{0,20}?${CUT_OFF}(?:${IN}{0,6}?措施)?|${CUT_OFF}${IN}{0,12}?${FORCED}${IN}{0,10}?${OUT}`,
      'g',
    ),
    message: '以停水停电、断路等方式迫使被征收人签约搬迁，违反《国有土地上房屋征收与补偿条例》',
  },
]);

/** Supply ended after the household has moved out, or the house emptied: no pressure. */
const MOVED_OUT = /搬迁后|搬离后|腾空后|交房后|已搬离|已搬迁|签约后|拆除前|销户/;

/** The sentence forbids or reports it. */
const DISOWNED =
  /严禁|禁止|不得|切勿|请勿|不要|千万别|违法|犯罪|滋扰|闹事被|拘留|被处罚|依法处理|处罚|查处|涉嫌|寻衅滋事|民警|警方|劝离|法院|强制执行|诉讼|仲裁/;

/** The sentence disowns the pressure, or the post reports a case tried (被告人…并扣押其车辆…判处). */
export const regradeHiredPressure: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  // The advice's own words (一般不会被查) are not its disowning.
  const around = text.slice(from, span.start) + text.slice(span.end, to);
  return DISOWNED.test(around) || reportsCaseTried(text) ? 'info' : severity;
};

/** The expropriation measure forbidden or reported, or supply ended after the move: info. */
export const regradeExpropriationPressure: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return MOVED_OUT.test(text.slice(from, to)) ? 'info' : regradeHiredPressure(span, severity, ctx);
};
