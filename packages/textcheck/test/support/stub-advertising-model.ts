// A stub classifier for tests of how learned advertising flags are graded: it flags every sentence
// with 花开 well above its threshold, so only the grading rules decide the severity.
import { createClassifier } from '../../src/classifier/classify.ts';
import type { ClassifierModel } from '../../src/classifier/model.ts';
import type { Severity } from '../../src/finding.ts';
import { learnedFindings } from '../../src/gates/learned-findings.ts';

const model: ClassifierModel = {
  provenance: 'test',
  gates: ['advertising'],
  ngram: { min: 2, max: 2 },
  bias: [-1],
  thresholds: [0],
  weights: { 花开: [5] },
};
const classifier = createClassifier(model);

/** Severities of the learned advertising findings in `text` under the stub model. */
export const learnedAdvertisingSeverities = (text: string): Severity[] =>
  learnedFindings(classifier, model, text, ['advertising'], []).map((f) => f.severity);
