// Pattern rules of a gate: regular expressions over the document text, each with a rule id,
// severity and message — for families of wording a term list cannot enumerate (满200减50, 爱X不X).
import type { Gate, Severity } from '../finding.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import type { Regrade } from './lexicon-findings.ts';

export interface PatternRule {
  rule: string;
  severity: Severity;
  /** Global regular expression; the finding covers the named group `span` when it exists, else the match. */
  pattern: RegExp;
  message: string;
}

/** Every match of every pattern, regraded like the gate's lexicon hits. */
export function patternFindings(
  ctx: GateContext,
  gate: Gate,
  rules: readonly PatternRule[],
  regrade?: Regrade,
): GateFinding[] {
  const out: GateFinding[] = [];
  for (const r of rules) {
    for (const m of ctx.doc.text.matchAll(r.pattern)) {
      const part = m.groups?.['span'];
      const start = m.index + (part === undefined ? 0 : m[0].indexOf(part));
      const span = { start, end: start + (part ?? m[0]).length };
      const severity = regrade ? regrade(span, r.severity, ctx) : r.severity;
      out.push({ gate, rule: r.rule, severity, ...span, message: r.message });
    }
  }
  return out;
}

/**
 * Extends a finding to the end of its clause or of the text (at most `reach` characters), so it
 * covers the whole claim or demand.
 */
export function extendToClause(
  text: string,
  finding: GateFinding,
  clauseEnd: RegExp,
  reach: number,
): GateFinding {
  const rest = text.slice(finding.end, finding.end + reach);
  const found = rest.search(clauseEnd);
  const stop = found < 0 && finding.end + reach >= text.length ? rest.length : found;
  return stop <= 0 ? finding : { ...finding, end: finding.end + stop };
}
