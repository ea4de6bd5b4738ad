/**
 * @module gates
 * The review gates, one check per gate, in the order findings are reported. Each reads the
 * shared lexicon scan of the document and adds its own pattern rules. In every gate whose terms a
 * guide can quote as words to avoid (避免使用“残废”“瞎子”), such a quotation only informs
 * (named-to-avoid.ts).
 */
import type { GateRegistry } from './gate-context.ts';
import { checkAdvertising } from './advertising.gate.ts';
import { checkCoercion } from './coercion.gate.ts';
import { checkConfidentiality } from './confidentiality.gate.ts';
import { checkHijack } from './hijack.gate.ts';
import { checkLegal } from './legal.gate.ts';
import { checkOpinion } from './opinion.gate.ts';
import { checkPolicy } from './policy.gate.ts';
import { checkPolitical } from './political.gate.ts';
import { checkPrivacy } from './privacy.gate.ts';
import { checkSource } from './source.gate.ts';
import { checkText } from './text.gate.ts';
import { withNamedToAvoid } from './named-to-avoid.ts';

export const GATE_CHECKS: GateRegistry = {
  political: withNamedToAvoid(checkPolitical),
  legal: withNamedToAvoid(checkLegal),
  policy: withNamedToAvoid(checkPolicy),
  confidentiality: withNamedToAvoid(checkConfidentiality),
  text: withNamedToAvoid(checkText),
  advertising: withNamedToAvoid(checkAdvertising),
  opinion: withNamedToAvoid(checkOpinion),
  privacy: checkPrivacy,
  coercion: withNamedToAvoid(checkCoercion),
  source: checkSource,
  hijack: checkHijack,
};

export { DIVISION_GROUPS } from './political.gate.ts';
export {
  contextGroup,
  type CheckDocument,
  type CompiledRules,
  type GateContext,
  type GateFinding,
} from './gate-context.ts';
