// The report's last line is JSON with every number, for scripts and CI.
import { describe, expect, it } from 'vitest';
import { formatSpellingReport } from './format-spelling-report.ts';
import { computeSpellingMetrics } from './spelling-metrics.ts';

const metrics = computeSpellingMetrics([
  { source: '正档', target: '正当', predicted: '正当', flagged: new Set([1]) },
]);

describe('the spelling report', () => {
  it('ends with one line of JSON holding the per-file numbers', () => {
    const last = formatSpellingReport({ files: [{ file: 'a.tsv', ...metrics, charsPerSecond: 1 }] })
      .split('\n')
      .at(-1)!;
    expect(JSON.parse(last).spelling[0]).toMatchObject({
      file: 'a.tsv',
      detection: { p: 1, r: 1, f1: 1 },
      falseAlarmRate: 0,
    });
  });
});
