// The text gate with the shipped typo detector, for the rounds' tests of what it reports: the
// checker is built once, on first use, since loading the detector takes a second or two.
import { createChecker, type Checker } from '../../src/check.ts';
import type { Finding } from '../../src/finding.ts';
import { loadTypoDetector } from '../../src/node/typo-detector.ts';

let checker: Checker | undefined;

/** Every finding of the text gate in `text`, `info` included. */
export function textGateFindings(text: string): Finding[] {
  checker ??= createChecker({
    asOf: '2026-01-01',
    classifier: false,
    textGateDetector: loadTypoDetector(),
  });
  return checker.check({ text }, { gates: ['text'] }).findings;
}

/** Excerpts of the text gate's block and warn findings in `text`. */
export function textGateWarnings(text: string): string[] {
  return textGateFindings(text)
    .filter((f) => f.severity !== 'info')
    .map((f) => f.excerpt);
}
