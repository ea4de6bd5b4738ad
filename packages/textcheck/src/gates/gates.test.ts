// Runs the gate table through one checker: each gate reports what it must and nothing else.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';
import { GATE_CASES } from './gate.cases.ts';

const checker = createChecker();

describe('gates', () => {
  for (const c of GATE_CASES) {
    it(`${c.gate}: ${c.reports ? `reports «${c.reports}»` : 'stays silent'} — ${c.why}`, () => {
      const excerpts = checker
        .check({ text: c.text }, { gates: [c.gate] })
        .findings.filter((f) => f.severity !== 'info')
        .map((f) => f.excerpt);
      if (c.reports) expect(excerpts).toContain(c.reports);
      else expect(excerpts).toEqual([]);
    });
  }
});
