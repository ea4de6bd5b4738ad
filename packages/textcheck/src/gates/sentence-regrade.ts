// The commonest regrade of a pattern family: a finding informs when its sentence holds words that
// disown the act (a ban, a penalty, a report, a question), and keeps its severity otherwise.
import type { Regrade } from './lexicon-findings.ts';
import { sentenceAround } from './sentence.ts';

/** A regrade that makes a finding info where its sentence matches `disowning`. */
export const informsWhenSentence =
  (disowning: RegExp): Regrade =>
  (span, severity, ctx) => {
    const text = ctx.doc.text;
    const [from, to] = sentenceAround(text, span.start, span.end);
    return disowning.test(text.slice(from, to)) ? 'info' : severity;
  };
