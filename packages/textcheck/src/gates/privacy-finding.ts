// The privacy gate's finding: one builder for what every privacy search reports.
import type { Severity } from '../finding.ts';
import type { Span } from '../rules/lexicon-scan.ts';
import type { GateFinding } from './gate-context.ts';

/** A finding of the privacy gate over `span`: a warning unless a severity is given. */
export function privacyFinding(
  rule: string,
  span: Span,
  message: string,
  severity: Severity = 'warn',
): GateFinding {
  return { gate: 'privacy', rule, severity, start: span.start, end: span.end, message };
}

/** The span of a whole match. */
export const matchSpan = (m: RegExpExecArray): Span => ({
  start: m.index,
  end: m.index + m[0].length,
});
