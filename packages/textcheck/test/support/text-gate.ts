// The text gate with the shipped typo detector, for the rounds' tests of what it reports: the
// checker is built once, on first use, since loading the detector takes a second or two.
import { createChecker, type Checker } from '../../src/check.ts';
import { loadTypoDetector } from '../../src/node/typo-detector.ts';

let checker: Checker | undefined;

/** Excerpts of the text gate's block and warn findings in `text`. */
export function textGateWarnings(text: string): string[] {
  checker ??= createChecker({ asOf: '2026-01-01', textGateDetector: loadTypoDetector() });
  return checker
    .check({ text }, { gates: ['text'] })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => f.excerpt);
}
