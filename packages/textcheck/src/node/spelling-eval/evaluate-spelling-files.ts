// Runs a text-gate detector over spelling evaluation files and measures it per file.
import { basename } from 'node:path';
import type { Finding, TextGateDetector } from '../../finding.ts';
import {
  computeSpellingMetrics,
  type SentenceResult,
  type SpellingMetrics,
} from './spelling-metrics.ts';
import { readSpellingPairs } from './spelling-pairs.ts';

export interface SpellingFileReport extends SpellingMetrics {
  file: string;
  charsPerSecond: number;
}

export interface SpellingReport {
  files: SpellingFileReport[];
}

/** Applies non-overlapping suggestions and collects the flagged offsets. */
export function applyFindings(
  source: string,
  findings: readonly Finding[],
): Pick<SentenceResult, 'predicted' | 'flagged'> {
  const flagged = new Set<number>();
  let predicted = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const fix = f.suggestion;
    const changedChars =
      fix !== undefined && fix.length === f.end - f.start
        ? [...fix]
            .map((c, k) => (c !== source[f.start + k] ? f.start + k : -1))
            .filter((i) => i >= 0)
        : [];
    if (changedChars.length > 0) changedChars.forEach((i) => flagged.add(i));
    else for (let i = f.start; i < f.end; i++) flagged.add(i);
    if (f.start < at) continue;
    predicted += source.slice(at, f.start) + (fix ?? source.slice(f.start, f.end));
    at = f.end;
  }
  return { predicted: predicted + source.slice(at), flagged };
}

export function evaluateSpellingFiles(
  paths: readonly string[],
  detector: TextGateDetector,
): SpellingReport {
  const files = paths.map((path): SpellingFileReport => {
    const pairs = readSpellingPairs(path);
    let chars = 0;
    const started = performance.now();
    const results = pairs.map((p): SentenceResult => {
      chars += p.source.length;
      return { ...p, ...applyFindings(p.source, detector.detect(p.source)) };
    });
    const seconds = (performance.now() - started) / 1000;
    return {
      file: basename(path),
      ...computeSpellingMetrics(results),
      charsPerSecond: Math.round(chars / Math.max(seconds, 1e-9)),
    };
  });
  return { files };
}
