/**
 * @module @govmedia/textcheck/node/spelling-eval
 * Measures a text-gate detector on spelling-check evaluation files (sentence-level detection and
 * correction P/R/F1, false alarms). Used by `govmedia eval spelling` and `scripts/eval-spelling.ts`.
 */
export {
  evaluateSpellingFiles,
  applyFindings,
  type SpellingReport,
  type SpellingFileReport,
} from './evaluate-spelling-files.ts';
export { formatSpellingReport } from './format-spelling-report.ts';
export {
  computeSpellingMetrics,
  errorPositions,
  type SpellingMetrics,
  type SentenceResult,
  type PRF,
} from './spelling-metrics.ts';
export { parseSpellingPairs, readSpellingPairs, type SpellingPair } from './spelling-pairs.ts';
