// The typo detector's tests of every round that adds misspellings: each misspelt text reported at
// its wrong form (with its correction, when one is given), and each right text left without a block
// or warn finding.
import { beforeAll, expect, it } from 'vitest';
import type { Finding, TextGateDetector } from '../../src/finding.ts';
import { loadTypoDetector } from '../../src/node/typo-detector.ts';

/** [text, misspelt excerpt, its correction (optional)] */
export type Misspelt = readonly [string, string, string?];

export function itReportsMisspellings(
  misspelt: ReadonlyArray<Misspelt>,
  speltRight: readonly string[],
): void {
  let detector: TextGateDetector;
  beforeAll(() => {
    detector = loadTypoDetector();
  });
  const cases = misspelt.map(([text, wrong, right]) => ({ text, wrong, right }));
  // The correction is the given one, or a longer span's whose replacement writes it (卫生建康局 →
  // 卫生健康局 for 卫生建康 → 卫生健康).
  const corrects = (text: string, f: Finding, wrong: string, right: string) =>
    f.suggestion === right ||
    text.slice(0, f.start) + f.suggestion + text.slice(f.end) === text.replace(wrong, right);
  it.each(cases)('text reports $wrong in $text', ({ text, wrong, right }) => {
    expect(
      detector
        .detect(text)
        .some(
          (f) =>
            f.excerpt.includes(wrong) && (right === undefined || corrects(text, f, wrong, right)),
        ),
    ).toBe(true);
  });
  it.each(speltRight)('text leaves %s alone', (text) => {
    expect(detector.detect(text).filter((f) => f.severity !== 'info')).toEqual([]);
  });
}
