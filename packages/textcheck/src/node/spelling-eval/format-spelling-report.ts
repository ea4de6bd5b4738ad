// Prints a spelling evaluation report: one readable block per file, then one line of JSON with
// every number (the last line, for scripts and CI).
import type { PRF } from './spelling-metrics.ts';
import type { SpellingReport } from './evaluate-spelling-files.ts';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const row = (label: string, m: PRF) =>
  `  ${label.padEnd(20)} P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}`;
const round = (x: number) => Math.round(x * 10_000) / 10_000;
const short = (m: PRF) => ({ p: round(m.precision), r: round(m.recall), f1: round(m.f1) });

export function formatSpellingReport(report: SpellingReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    lines.push(
      `${f.file}: ${f.sentences} sentences, ${f.positives} with errors, ${f.flaggedSentences} flagged, ${f.charsPerSecond} chars/s`,
    );
    lines.push(
      row('detection', f.detection),
      row('correction', f.correction),
      row('detection (lenient)', f.detectionLenient),
      row('correction (lenient)', f.correctionLenient),
      row('char detection', f.charDetection),
      row('char correction', f.charCorrection),
    );
    lines.push(`  false alarms on error-free sentences: ${pct(f.falseAlarmRate)} %`);
  }
  const json = report.files.map((f) => ({
    file: f.file,
    sentences: f.sentences,
    positives: f.positives,
    detection: short(f.detection),
    correction: short(f.correction),
    detectionLenient: short(f.detectionLenient),
    correctionLenient: short(f.correctionLenient),
    charDetection: short(f.charDetection),
    charCorrection: short(f.charCorrection),
    falseAlarmRate: round(f.falseAlarmRate),
    charsPerSecond: f.charsPerSecond,
  }));
  lines.push(JSON.stringify({ spelling: json }));
  return lines.join('\n');
}
