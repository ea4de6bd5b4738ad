// The premarital medical check told as a condition of marriage registration: 办理结婚登记须提供…婚前
// 医学检查证明, 领证需携带婚检证明. 《婚姻登记条例》(2003) dropped it from the required papers: it is
// voluntary (and free in most places). A post that says so (自愿, 免费, 无需, 不再强制) or tells of
// the old rule as history (2003年以前) is right.
import type { GateFinding } from './gate-context.ts';
import { guard, guardedMatches } from './regex-guard.ts';

const CERTIFICATE = guard(
  /婚前(?:医学)?(?:检查|体检)(?:证明|报告|合格证明?|证明书)|婚检(?:证明|报告|合格证明?)/g,
);
/** Before it, in the same paragraph: the papers a registration requires. */
const REQUIRED =
  /(?:须|需|需要|必须|应当?|要)(?:提供|提交|出具|携带|持有?|带上|带齐|准备)|所需材料|材料清单|需备齐|准备以下材料/;
const REGISTRATION = /结婚登记|婚姻登记|领证|登记结婚|领取结婚证/;
const VOLUNTARY = /自愿|免费|无需|不需|不用|不再|非强制|不强制|取消|2003年|以前|以往|过去|曾经/;
const REACH = 120;

export function staleMarriageCheck(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  if (!REGISTRATION.test(text) || VOLUNTARY.test(text)) return out;
  for (const m of guardedMatches(CERTIFICATE, text)) {
    const before =
      text
        .slice(Math.max(0, m.index - REACH), m.index)
        .split('\n')
        .pop() ?? '';
    if (!REQUIRED.test(before)) continue;
    out.push({
      gate: 'policy',
      rule: 'policy.superseded',
      severity: 'warn',
      start: m.index,
      end: m.index + m[0].length,
      message: '自2003年《婚姻登记条例》施行起，婚前医学检查实行自愿原则，不是结婚登记的必备材料',
      suggestion: '婚前医学检查实行自愿原则',
    });
  }
  return out;
}
