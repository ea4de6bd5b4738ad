// Sentence-level metrics on a hand-checked table of outcomes.
import { describe, expect, it } from 'vitest';
import { applyFindings } from './evaluate-spelling-files.ts';
import { computeSpellingMetrics, errorPositions, type SentenceResult } from './spelling-metrics.ts';

const result = (source: string, target: string, predicted: string): SentenceResult => ({
  source,
  target,
  predicted,
  flagged: errorPositions(source, predicted),
});

// one corrected, one flagged at the right place with the wrong fix, one missed, one false alarm, one clean
const metrics = computeSpellingMetrics([
  result('正档原则', '正当原则', '正当原则'),
  result('大数局', '大数据', '大数剧'),
  result('再接再励', '再接再厉', '再接再励'),
  result('公开透明', '公开透明', '公开头明'),
  result('依法行政', '依法行政', '依法行政'),
]);

describe('spelling metrics', () => {
  it('counts a detection hit when the flagged positions equal the erroneous ones', () => {
    expect(metrics.detection).toEqual({ precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
  });

  it('counts a correction hit only when the corrected sentence equals the target', () => {
    expect(metrics.correction.precision).toBeCloseTo(1 / 3);
    expect(metrics.correction.recall).toBeCloseTo(1 / 3);
  });

  it('counts, in the lenient figures, only touched error-free sentences as false positives', () => {
    expect(metrics.correctionLenient.precision).toBeCloseTo(1 / 2);
  });

  it('gives the share of error-free sentences with a false alarm', () => {
    expect(metrics.falseAlarmRate).toBe(1 / 2);
  });
});

describe('applying findings', () => {
  it('substitutes suggestions and flags the changed characters', () => {
    const applied = applyFindings('县人民正府', [
      {
        gate: 'text',
        rule: 'r',
        severity: 'block',
        start: 1,
        end: 5,
        excerpt: '人民正府',
        message: '',
        suggestion: '人民政府',
      },
    ]);
    expect([applied.predicted, [...applied.flagged]]).toEqual(['县人民政府', [3]]);
  });
});
