// A state or Party body named by the name it lost in a reform (国家林业局, 县国土资源局, 劳动和社会保障部,
// 国家工商行政管理总局) is a wrong name of a state body — the political gate's matter — as well as a
// superseded formulation, the policy gate's. Both gates report it, so that the editor reviewing either
// gate sees it: the political finding twins each of the policy gate's superseded-term findings whose
// term is a body (it ends with the word for one: 部, 局, 委员会, 办, 所, 领导小组 …; not 省界收费站, a facility), with the same
// message and suggestion. The policy gate decides when the name is history, not a slip.
import type { GateContext, GateFinding } from './gate-context.ts';
import { supersededFindings } from './policy.gate.ts';

/** The last word of a body's name; 决胜全面建成小康社会 ends in 会 but is no body. */
const BODY_NAME_END =
  /(?:部|局|委|厅|办|署|处|所|中心|院|室|队|司|总队|支队|大队|委员会|领导小组)$/;

export function supersededBodyNames(ctx: GateContext): GateFinding[] {
  const text = ctx.doc.text;
  return supersededFindings(ctx)
    .filter((f) => BODY_NAME_END.test(text.slice(f.start, f.end)))
    .map((f) => ({ ...f, gate: 'political', rule: 'political.superseded-body' }));
}
