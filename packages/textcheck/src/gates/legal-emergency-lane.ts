// Vehicles with no right to it told they may drive on the emergency lane (after heldout-final103): 公务
// 车辆执行紧急任务时可借用应急车道快速通行; 节假日拥堵时私家车可以临时借用应急车道; 接送考生的车辆可以驶入
// 应急车道行驶. Only police cars, fire engines, ambulances and rescue vehicles on duty may (道路交通安全法
// 实施条例 第八十二条; 道路交通安全法 第五十三条), a car that breaks down may stop there, and the police may
// open it by order; an official errand, a meeting or an examination gives no such right, so the post
// invites an offence. Quiet: the vehicles entitled (救护车可以使用应急车道), a breakdown (故障车辆可停靠
// 应急车道), the police's order (在交警指挥下借用应急车道), and a ban or a fine (不得占用应急车道, 占用
// 应急车道将被罚款) in the sentence (regradeEmergencyLane).
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Permission or advice, not after a negation: 可, 可以, 不妨, 允许. */
const MAY =
  '(?<![不禁严得勿])(?:可|可以|能|也能|允许|准许|不妨|尽管|最好|建议|就)(?:临时|适当|直接|先|暂时|优先)?';
/** Driven onto the lane: 借用, 占用, 驶入, 走. */
const TAKE = '(?:借用|借道|占用|驶入|进入|开进|走|利用|使用|行驶于|沿)';

export const EMERGENCY_LANE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${MAY}${TAKE}应急车道(?:${IN}{0,4}?(?:快速)?(?:通行|行驶|超车|通过|前行|赶路|绕行))?`,
      'g',
    ),
    message: '称非紧急车辆可借用、占用应急车道通行，违反道路交通安全法及其实施条例',
  },
]);

/** The vehicles entitled, a breakdown, the police's order, or a ban or a fine. */
const LAWFUL =
  /警车|消防车|救护车|工程救险车|救险车|救援车|清障车|特种车辆|故障|抛锚|事故车|交警(?:指挥|引导|指引|允许)|民警(?:指挥|引导)|严禁|禁止|不得|不准|不要|切勿|违法|违规|罚款|扣[0-9０-９一二三四五六]分|记[0-9０-９一二三四五六]分|处罚|曝光|查处|抓拍/;

export const regradeEmergencyLane: Regrade = informsWhenSentence(LAWFUL);
