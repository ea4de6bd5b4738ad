// What a gate's rules report (block or warn) for a text or page, read by the rule-family tests of
// each evaluation round with one checker dated 2026-01-01 and without the learned classifier (it
// has tests of its own: src/gates/learned-findings.test.ts).
import { createChecker } from '../../src/check.ts';
import type { Gate } from '../../src/finding.ts';

const checker = createChecker({ asOf: '2026-01-01', classifier: false });

/** The excerpts of the gate's block and warn findings. */
export const reported = (gate: Gate, input: { text: string } | { html: string }): string[] =>
  checker
    .check(input, { gates: [gate] })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => f.excerpt);
