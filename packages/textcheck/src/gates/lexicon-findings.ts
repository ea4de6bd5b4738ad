// Findings from the shared lexicon scan and proximity rules of one gate.
import type { Gate, Severity } from '../finding.ts';
import type { Span } from '../rules/lexicon-scan.ts';
import { evaluateProximity } from '../rules/proximity.ts';
import type { GateContext, GateFinding } from './gate-context.ts';

/** Lets a gate regrade a hit from its context (e.g. drugs named in an anti-drug notice). */
export type Regrade = (span: Span, severity: Severity, ctx: GateContext) => Severity;

export function lexiconFindings(ctx: GateContext, gate: Gate, regrade?: Regrade): GateFinding[] {
  const out: GateFinding[] = [];
  for (const hit of ctx.scan.hits) {
    if (hit.entry.gate !== gate) continue;
    const finding: GateFinding = {
      gate,
      rule: hit.entry.rule,
      severity: regrade ? regrade(hit, hit.entry.severity, ctx) : hit.entry.severity,
      start: hit.start,
      end: hit.end,
      message: hit.entry.message,
    };
    if (hit.entry.suggestion) finding.suggestion = hit.entry.suggestion;
    out.push(finding);
  }
  ctx.rules.proximity.forEach((rule, i) => {
    if (rule.gate !== gate) return;
    for (const hit of evaluateProximity(rule, i, ctx.scan.groups, ctx.doc.text)) {
      const severity =
        regrade && rule.mentionable ? regrade(hit, rule.severity, ctx) : rule.severity;
      const finding: GateFinding = {
        gate,
        rule: rule.id,
        severity,
        start: hit.start,
        end: hit.end,
        message: rule.message,
      };
      if (rule.suggestion) finding.suggestion = rule.suggestion;
      out.push(finding);
    }
  });
  return out;
}
