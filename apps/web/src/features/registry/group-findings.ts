// Groups findings by rule for the findings page: most severe first, then the largest groups.
import type { Finding, Severity } from '../../api/types.ts';

export interface RuleGroup {
  rule: string;
  findings: Finding[];
  /** The most severe severity in the group. */
  worst: Severity;
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  return [...groups]
    .map(([rule, list]) => ({
      rule,
      findings: [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity]),
      worst: list.reduce<Severity>((w, f) => (RANK[f.severity] < RANK[w] ? f.severity : w), 'low'),
    }))
    .sort(
      (a, b) =>
        RANK[a.worst] - RANK[b.worst] ||
        b.findings.length - a.findings.length ||
        a.rule.localeCompare(b.rule),
    );
}
