// 报道 (to report news) written for 报到 (to check in on arrival) where someone is told to arrive at
// a place by a time: 请…于8:00前到县滨江公园北门报道, 准时到社区服务中心报道, 当天到3号楼报道. The time
// word (前, 准时, 按时, 届时, 当天 …) and a place that ends in a gate, a room, a hall, a centre or a
// meeting point (门, 室, 厅, 楼, 中心, 集合点 …) must come first in the clause, so a reporter's news
// (记者赶到现场报道, 据本台报道, 央视到我县报道了…) is never read: a newsroom reports from 现场, not
// at a gate by eight o'clock.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';

const ARRIVAL_REPORT = guard(
  /(?:前|准时|按时|届时|当天|当日|统一)(?:到|至|赴|去)[^。，,；;！!？?\n]{0,16}?(?:[东南西北正侧大后]门|门口|入口|处|室|厅|楼|馆|中心|广场|公园|集合点|报名点|签到处|指定地点|单位|学校|校区|站)报道(?![了过的])/g,
);

export function findArrivalReports(text: string): GateFinding[] {
  if (!text.includes('报道')) return [];
  return [...text.matchAll(ARRIVAL_REPORT)].map((m) => {
    const end = m.index + m[0].length;
    return {
      gate: 'text',
      rule: 'text.wrong-word',
      severity: 'warn',
      start: end - 2,
      end,
      message: '按时到达指定地点登记应写作“报到”；“报道”指新闻报道',
      suggestion: '报到',
    };
  });
}
