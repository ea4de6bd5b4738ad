// A stub classifier for tests of how learned advertising flags are graded: it flags every sentence
// holding its cue (花开 unless told another) well above its threshold, so only the grading rules
// decide the severity.
import { createClassifier, type Classifier } from '../../src/classifier/classify.ts';
import type { ClassifierModel } from '../../src/classifier/model.ts';
import type { Severity } from '../../src/finding.ts';
import { learnedFindings } from '../../src/gates/learned-findings.ts';

const stubs = new Map<string, { model: ClassifierModel; classifier: Classifier }>();

function stubFor(cue: string) {
  let stub = stubs.get(cue);
  if (!stub) {
    const model: ClassifierModel = {
      provenance: 'test',
      gates: ['advertising'],
      ngram: { min: cue.length, max: cue.length },
      bias: [-1],
      thresholds: [0],
      weights: { [cue]: [5] },
    };
    stubs.set(cue, (stub = { model, classifier: createClassifier(model) }));
  }
  return stub;
}

/** Severities of the learned advertising findings in `text` under the stub model flagging `cue`. */
export const learnedAdvertisingSeverities = (text: string, cue = '花开'): Severity[] => {
  const { model, classifier } = stubFor(cue);
  return learnedFindings(classifier, model, text, ['advertising'], []).map((f) => f.severity);
};
