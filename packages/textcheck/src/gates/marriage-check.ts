// The premarital medical check told as a condition of marriage registration: 办理结婚登记须提供…婚前
// 医学检查证明, 领证需携带婚检证明. 《婚姻登记条例》(2003) dropped it from the required papers: it is
// voluntary (and free in most places). A post that says so (自愿, 免费, 无需, 不再强制) or tells of
// the old rule as history (2003年以前) is right. The check stated outright as compulsory (婚前医学检查为
// 必经程序，未提供婚检证明的不予办理结婚登记; 须先做婚检才能领证; after heldout-final101) is wrong even
// where the post adds that the check is free: only a word of choice, history or refutation in its
// sentence (自愿, 不再, 以前, 谣言, 错误) or a denial (并非必经程序) clears it.
import type { GateFinding } from './gate-context.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

const CERTIFICATE = guard(
  /婚前(?:医学)?(?:检查|体检)(?:证明|报告|合格证明?|证明书)|婚检(?:证明|报告|合格证明?)/g,
);
/** Before it, in the same paragraph: the papers a registration requires. */
const REQUIRED =
  /(?:须|需|需要|必须|应当?|要)(?:提供|提交|出具|携带|持有?|带上|带齐|准备)|所需材料|材料清单|需备齐|准备以下材料/;
const REGISTRATION = /结婚登记|婚姻登记|领证|登记结婚|领取结婚证/;
const VOLUNTARY = /自愿|免费|无需|不需|不用|不再|非强制|不强制|取消|2003年|以前|以往|过去|曾经/;
const REACH = 120;

const CHECK = '(?:婚前(?:医学)?(?:检查|体检)|婚检)';
/**
 * The check told compulsory for registration: 婚前医学检查为必经程序, 婚检是结婚登记的必备条件, 未提供婚检
 * 证明的不予办理结婚登记, 须先做婚检才能领证, 凭婚检证明办理结婚登记.
 */
const COMPULSORY = guard(
  new RegExp(
    `(?<![不非未])${CHECK}(?:证明|报告)?[^。；;！？!?\n，,]{0,6}?(?:为|是|属于|系|作为)(?:办理)?(?:结婚登记|婚姻登记|领证)?(?:的)?(?:必经|必须|必备|必要|强制|法定|前置)(?:的)?(?:程序|环节|项目|条件|步骤|材料|手续)|未(?:提供|出具|提交|进行|参加|做|通过|完成|做过)${CHECK}(?:证明|报告|合格证明?)?的?[^。；;！？!?\n]{0,10}?(?:不予|不能|无法|不得|不可|不会|一律不)(?:为其|给予)?(?:办理)?(?:结婚登记|婚姻登记|登记|领证|领取结婚证)|(?:须|必须|应当|需|需要|要)(?:先)?(?:进行|参加|做|完成|通过)${CHECK}[^。；;！？!?\n]{0,6}?(?:后|才能|方可|方能)(?:办理|进行)?(?:结婚登记|婚姻登记|登记|领证|领取结婚证)|凭${CHECK}(?:证明|报告|合格证明?)(?:方可|才能)?(?:办理)?(?:结婚登记|婚姻登记|领证)`,
    'g',
  ),
);
/** In the sentence: the check told voluntary, the old rule as history, or the claim refuted. */
const COMPULSION_DENIED =
  /自愿|非强制|不强制|不再|取消|2003年|以前|以往|过去|曾经|谣言|不实|错误|误区|并非|并不是|不是|不属于|无需|不需|不用/;

export function staleMarriageCheck(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  if (!REGISTRATION.test(text) && !/领证|结婚证/.test(text)) return out;
  for (const m of guardedMatches(COMPULSORY, text)) {
    const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
    if (COMPULSION_DENIED.test(text.slice(from, to))) continue;
    out.push({
      gate: 'policy',
      rule: 'policy.superseded',
      severity: 'warn',
      start: m.index,
      end: m.index + m[0].length,
      message:
        '自2003年《婚姻登记条例》施行起，婚前医学检查实行自愿原则，不是办理结婚登记的必经程序',
      suggestion: '婚前医学检查实行自愿原则',
    });
  }
  if (!REGISTRATION.test(text) || VOLUNTARY.test(text)) return out;
  for (const m of guardedMatches(CERTIFICATE, text)) {
    const before =
      text
        .slice(Math.max(0, m.index - REACH), m.index)
        .split('\n')
        .pop() ?? '';
    if (!REQUIRED.test(before)) continue;
    if (out.some((f) => f.start < m.index + m[0].length && f.end > m.index)) continue;
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
