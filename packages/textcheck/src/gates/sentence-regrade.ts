// The commonest regrades of a pattern family: a finding informs when its sentence holds words that
// disown the act (a ban, a penalty, a report, a question), or, for how-tos, when the post reports a
// case tried or charged, and keeps its severity otherwise.
import type { Regrade } from './lexicon-findings.ts';
import { guard, guardedTest } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** A regrade that makes a finding info where its sentence matches `disowning`. */
export const informsWhenSentence =
  (disowning: RegExp): Regrade =>
  (span, severity, ctx) => {
    const text = ctx.doc.text;
    const [from, to] = sentenceAround(text, span.start, span.end);
    return disowning.test(text.slice(from, to)) ? 'info' : severity;
  };

/**
 * A case tried or charged (被告人…判处, 犯罪嫌疑人…被刑事拘留): the post tells what a defendant did, in
 * the defendant's own terms, not what its readers should do (after heldout-final130: 某企业经理…指使员工
 * 多次向采样池内注入清水稀释样品。法院以污染环境罪判处被告人…).
 */
const CASE_TRIED = guard(
  /(?:被告人|犯罪嫌疑人|当事人)[^]*?(?:判处|审理|宣判|判决|刑事拘留|逮捕|立案|起诉|行政拘留|处罚)|(?:判处|一审判决|审理查明|经审理)[^]*?(?:被告人|犯罪嫌疑人)/,
);

/** Whether the post reports a case tried or charged. */
export const reportsCaseTried = (text: string): boolean => guardedTest(CASE_TRIED, text);

/** Like `informsWhenSentence`, and a finding in a post that reports a case tried or charged informs. */
export const informsWhenSentenceOrCase = (disowning: RegExp): Regrade => {
  const bySentence = informsWhenSentence(disowning);
  return (span, severity, ctx) =>
    reportsCaseTried(ctx.doc.text) ? 'info' : bySentence(span, severity, ctx);
};
