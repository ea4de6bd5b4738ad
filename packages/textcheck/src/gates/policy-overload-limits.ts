// A truck's overload limit told by axle count at a figure the rule no longer sets (after final199:
// 六轴及以上超过55吨的，均认定为超限运输车辆). Since 2016-09-21 (超限运输车辆行驶公路管理规定, 交通运输部令
// 2016年第62号, 第三条) a goods vehicle is over the limit when its gross weight exceeds 18 t on two axles,
// 25 t on three (27 t a three-axle train), 31 t on four (36 t a train), 43 t on five and 49 t on six or
// more (46 t with a single-drive-axle tractor); the 2004 figures (20, 30, 40, 50, 55 t) are gone. Read
// only where the sentence speaks of the limit (超限, 治超, 限值, 认定); a weight weighed (实际, 经检测, 称重)
// and history told (原, 2016年以前) stay quiet.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { staleStatements, toldInSentence } from './stale-statements.ts';

/** The gross-weight limits in force, by axle count. */
const LIMITS: Readonly<Record<string, readonly number[]>> = {
  二: [18],
  三: [25, 27],
  四: [31, 36],
  五: [43],
  六: [49, 46],
};
const AXLES: Readonly<Record<string, string>> = {
  '2': '二',
  '3': '三',
  '4': '四',
  '5': '五',
  '6': '六',
};

/** An axle count and the weight over which it is overloaded: 六轴及以上超过55吨, 三轴货车车货总质量超过30吨. */
const AXLE_LIMIT = guard(
  /([二三四五六2-6])轴(?:及(?:六轴)?以上|以上)?[^，,。；;！？!?\n]{0,14}?(?:超过|大于|超出|高于)([0-9]{2})(?:\.[0-9]+)?吨/g,
);
/** The sentence speaks of the limit, not of one load. */
const LIMIT_TALK = /超限|治超|限值|限载|认定|标准/;
const NOT_A_LIMIT = /实际|经检测|检测|称重|过磅|查获|查处|超载率|原|以前|此前|曾|[？?]|吗/;

export function staleOverloadLimits(text: string): GateFinding[] {
  if (!text.includes('轴')) return [];
  return staleStatements(text, {
    re: AXLE_LIMIT,
    supersededOn: '2016-09-21',
    toldChanged: (t, start, end) => {
      const m = /^([二三四五六2-6])轴[^]*?([0-9]{2})(?:\.[0-9]+)?吨$/.exec(t.slice(start, end));
      if (!m) return true;
      const axles = AXLES[m[1]!] ?? m[1]!;
      return (
        LIMITS[axles]!.includes(Number(m[2])) ||
        toldInSentence(NOT_A_LIMIT, LIMIT_TALK)(t, start, end)
      );
    },
    message:
      '现行《超限运输车辆行驶公路管理规定》（2016年）：二轴18吨、三轴25吨、四轴31吨、五轴43吨、六轴及以上49吨，所列限值已过时',
  });
}
