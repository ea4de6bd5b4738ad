// Builds a text-gate finding from a span of the input.
import type { Finding, Severity } from '../finding.ts';

export function makeFinding(
  text: string,
  rule: string,
  severity: Severity,
  start: number,
  end: number,
  suggestion: string | undefined,
  message: string,
): Finding {
  const finding: Finding = {
    gate: 'text',
    rule,
    severity,
    start,
    end,
    excerpt: text.slice(start, end),
    message,
  };
  if (suggestion !== undefined) finding.suggestion = suggestion;
  return finding;
}
