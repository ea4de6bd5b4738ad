// A protected person's route told before the trip: the guard route itself (警卫路线为：9时10分从县委
// 招待所出发，经人民路、建设路至高新园区), or a leader's or a guest's movement still ahead with where
// it starts and the roads it takes (明日9时，省长一行将从锦江宾馆出发，沿人民路、解放路、滨江大道抵达
// 高新区), or the gates it goes in and out by (安保路线为东门进、北门出). A guard task's route and timetable are a police work secret (警卫工作 is graded secret); told
// ahead, they show where the leader will be and when. A road closure with no one named (因马拉松比赛，
// 人民路实施临时交通管制), a visit told after it happened (昨日，省长一行从…出发) and a visit named with
// no route (省长将于明日到高新区调研) tell no route to come; a bus or a school trip's route is no guard
// route.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A guarded person: a leader by title, a head of state, a guest's motorcade. */
const LEADER =
  '(?:(?:中央|国家|省|市|县|区)(?:主要)?领导|首长|(?:副)?(?:总理|省长|市长|县长|区长|州长|主席|委员长|总书记|省委书记|市委书记|县委书记|区委书记)|外国元首|外宾|(?:贵宾|警卫|领导)车队|代表团)';
/** A road, street or bridge by name. */
const ROAD = '[\\u4e00-\\u9fa5]{1,6}(?:路|街|大街|大道|大桥|高速|隧道|环线)';
/** The start and the way: 从…出发，沿…路…抵达, 经…路至. */
const WAY = `(?:(?:从|由|自)${IN}{2,16}?出发${IN}{0,8}?)?(?:经|沿|途经|取道|经由|沿着)${IN}{0,4}?${ROAD}${IN}{0,40}?(?:至|到|抵达|前往|到达|直达|进入)`;
/** In by one gate and out by another: 东门进、北门出, 南门进入，西门离开. */
const GATE_WAY =
  '(?:从|由|经)?[东南西北正侧后大]门(?:进|入|进入|进场|进园)[、，,]?(?:从|由|经)?[东南西北正侧后大]门(?:出|离开|离场|出园|撤离)';
/** A trip still ahead: 将, 拟, 明日, 届时. */
const AHEAD = /将|拟|计划|定于|准备|届时|明日|明天|后天|次日|即将|预计/;
/** A trip told after it happened. */
const DONE = /昨日|昨天|前日|日前|近日|此前|已于|已经|圆满结束/;

export const GUARD_ROUTE_FAMILIES: Family[] = [
  {
    // The guard route given: 警卫路线为：…出发，经…至, 安保路线如下：….
    re: new RegExp(
      `(?:警卫|安保|保卫|护卫)(?:任务)?(?:车队)?(?:路线|线路|行车路线|行驶路线)(?:为|是|如下|确定为|安排为)?[：:]?${IN}{0,20}?(?:(?:从|由|自)${IN}{2,16}?出发|${ROAD}|${GATE_WAY})${IN}{0,40}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开警卫路线和时间，属警卫工作秘密，危及安全，请删去',
  },
  {
    // A leader's or a guest's movement still ahead, with its start and roads: 省长一行将从锦江宾馆出发，
    // 沿人民路、解放路、滨江大道抵达高新区.
    re: new RegExp(`${LEADER}${IN}{0,20}?${WAY}`, 'g'),
    acceptAt: (text, start) => {
      const from = Math.max(0, text.lastIndexOf('。', start) + 1);
      const end = text.indexOf('。', start);
      const sentence = text.slice(from, end < 0 ? text.length : end);
      return AHEAD.test(sentence) && !DONE.test(sentence);
    },
    widenLeft:
      /(?:明日|明天|后天|次日|届时)?[0-9０-９]{1,2}(?:时|点)[，,]?$|(?:明日|明天|后天|次日|届时)[，,]?$/,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '提前公开领导、外宾行程的出发地点和行车路线，属警卫工作秘密，危及安全，请删去',
  },
];
