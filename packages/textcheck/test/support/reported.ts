// What a gate reports (block or warn) for a text or page, read by the rule-family tests of each
// evaluation round with one checker dated 2026-01-01.
import { createChecker } from '../../src/check.ts';
import type { Gate } from '../../src/finding.ts';

const checker = createChecker({ asOf: '2026-01-01' });

/** The excerpts of the gate's block and warn findings. */
export const reported = (gate: Gate, input: { text: string } | { html: string }): string[] =>
  checker
    .check(input, { gates: [gate] })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => f.excerpt);
