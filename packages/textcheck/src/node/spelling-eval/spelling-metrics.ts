// Sentence-level metrics of a spelling checker (pycorrector / SIGHAN definitions). A sentence is
// positive when its source differs from its target.
// - detection: a positive sentence is a hit when the flagged positions equal the erroneous ones;
// - correction: a positive sentence is a hit when the corrected sentence equals the target;
// - precision divides hits by every sentence the checker changed (pycorrector's "strict" mode);
//   the `…Lenient` figures are pycorrector's default, which only counts error-free sentences the
//   checker touched as false positives (a partly fixed sentence is a miss, not a false alarm);
// - character level (`charDetection`, `charCorrection`): per flagged character, how editors
//   experience precision;
// - falseAlarmRate: share of error-free sentences in which anything was flagged.

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface SentenceResult {
  source: string;
  target: string;
  /** The source with every suggestion applied. */
  predicted: string;
  /** Offsets of the source the checker flagged. */
  flagged: ReadonlySet<number>;
}

export interface SpellingMetrics {
  sentences: number;
  positives: number;
  flaggedSentences: number;
  detection: PRF;
  correction: PRF;
  detectionLenient: PRF;
  correctionLenient: PRF;
  charDetection: PRF;
  charCorrection: PRF;
  falseAlarmRate: number;
}

const prf = (tp: number, predicted: number, actual: number): PRF => {
  const precision = predicted ? tp / predicted : 0;
  const recall = actual ? tp / actual : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
};

/** Offsets where source and target differ (the changed middle when lengths differ). */
export function errorPositions(source: string, target: string): Set<number> {
  const out = new Set<number>();
  if (source.length === target.length) {
    for (let i = 0; i < source.length; i++) if (source[i] !== target[i]) out.add(i);
    return out;
  }
  let head = 0;
  while (head < source.length && source[head] === target[head]) head++;
  let tail = 0;
  while (
    tail < source.length - head &&
    source[source.length - 1 - tail] === target[target.length - 1 - tail]
  )
    tail++;
  for (let i = head; i < Math.max(head + 1, source.length - tail); i++) out.add(i);
  return out;
}

const sameSet = (a: ReadonlySet<number>, b: ReadonlySet<number>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

export function computeSpellingMetrics(results: readonly SentenceResult[]): SpellingMetrics {
  let positives = 0;
  let negatives = 0;
  let flaggedSentences = 0;
  let falseAlarms = 0;
  let detHits = 0;
  let corHits = 0;
  let changed = 0;
  let changedNegatives = 0;
  let goldChars = 0;
  let flaggedChars = 0;
  let charDetHits = 0;
  let charCorHits = 0;
  for (const r of results) {
    const gold = errorPositions(r.source, r.target);
    goldChars += r.source === r.target ? 0 : gold.size;
    flaggedChars += r.flagged.size;
    for (const i of r.flagged) {
      if (r.source === r.target || !gold.has(i)) continue;
      charDetHits++;
      if (
        r.source.length === r.target.length &&
        r.predicted.length === r.source.length &&
        r.predicted[i] === r.target[i]
      )
        charCorHits++;
    }
    const positive = r.source !== r.target;
    const flagged = r.flagged.size > 0;
    if (flagged) flaggedSentences++;
    if (r.predicted !== r.source) changed++;
    if (positive) {
      positives++;
      if (flagged && sameSet(r.flagged, gold)) detHits++;
      if (r.predicted === r.target) corHits++;
    } else {
      negatives++;
      if (flagged) falseAlarms++;
      if (r.predicted !== r.source) changedNegatives++;
    }
  }
  return {
    sentences: results.length,
    positives,
    flaggedSentences,
    detection: prf(detHits, flaggedSentences, positives),
    correction: prf(corHits, changed, positives),
    detectionLenient: prf(detHits, detHits + falseAlarms, positives),
    correctionLenient: prf(corHits, corHits + changedNegatives, positives),
    charDetection: prf(charDetHits, flaggedChars, goldChars),
    charCorrection: prf(charCorHits, flaggedChars, goldChars),
    falseAlarmRate: negatives ? falseAlarms / negatives : 0,
  };
}
