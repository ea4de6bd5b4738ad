// What a gate's rules report (block or warn) for a text or page, and the two tests every round's
// family file runs with it, read by the rule-family tests of each evaluation round with one checker dated 2026-01-01 and without the learned classifier (it
// has tests of its own: src/gates/learned-findings.test.ts).
import { expect, it } from 'vitest';
import { createChecker } from '../../src/check.ts';
import type { Gate } from '../../src/finding.ts';

const checker = createChecker({ asOf: '2026-01-01', classifier: false });

/** The excerpts of the gate's block and warn findings. */
export const reported = (gate: Gate, input: { text: string } | { html: string }): string[] =>
  checker
    .check(input, { gates: [gate] })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => f.excerpt);

/** The block and warn findings of the source gate on a post reposted from `repostSource`. */
export const reportedSource = (repostSource: string, text = '雨雪天气，请减速慢行。') =>
  checker
    .check({ text, repostSource }, { gates: ['source'] })
    .findings.filter((f) => f.severity !== 'info');

type Input = { text: string } | { html: string };

/**
 * The two tests of every round: each catch reported (a finding of the gate overlapping the excerpt)
 * and each clean text or page left without a block or warn finding of the gate.
 */
export function itReportsFamilies(
  catches: ReadonlyArray<[Gate, string, string]>,
  clean: ReadonlyArray<[Gate, string | Input]>,
): void {
  it.each(catches)('%s reports in %s', (gate, text, excerpt) => {
    expect(reported(gate, { text }).some((e) => e.includes(excerpt) || excerpt.includes(e))).toBe(
      true,
    );
  });
  it.each(clean)('%s stays quiet on %j', (gate, input) => {
    expect(reported(gate, typeof input === 'string' ? { text: input } : input)).toEqual([]);
  });
}
