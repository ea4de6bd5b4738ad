// Text gate (文字关): punctuation here; typos and wrong words from the configured detector — a wrong
// form that a usage lesson or a correction quotes as wrong only informs (text-cited-wrong-form.ts).
import { isClaimedPayWord } from './claimed-pay-word.ts';
import type { GateCheck, GateFinding } from './gate-context.ts';
import { isOwnDivisionWord } from './own-division-word.ts';
import { findArrivalReports } from './text-arrival-verb.ts';
import { findAttributiveDi } from './text-attributive-di.ts';
import { findLoginTypos } from './text-login-verb.ts';
import { findSpentTimeCrossings } from './text-spent-time.ts';
import { findPunctuationErrors } from './punctuation.ts';
import { citedAsWrong } from './text-cited-wrong-form.ts';
import { findImpossibleDates } from './text-impossible-date.ts';
import { findImpossibleUnits } from './text-impossible-unit.ts';

/** In a page only the body text is prose; title and meta keywords use their own separators. */
function inProse(ctx: Parameters<GateCheck>[0], f: GateFinding): boolean {
  const segments = ctx.doc.html?.segments;
  return (
    !segments || segments.some((s) => s.kind === 'body' && f.start >= s.start && f.end <= s.end)
  );
}

export const checkText: GateCheck = (ctx) => {
  const findings = findPunctuationErrors(ctx.doc.text).filter((f) => inProse(ctx, f));
  for (const found of [
    ...findLoginTypos(ctx.doc.text),
    ...findArrivalReports(ctx.doc.text),
    ...findAttributiveDi(ctx.doc.text),
    ...findSpentTimeCrossings(ctx.doc.text),
    ...findImpossibleDates(ctx.doc.text),
    ...findImpossibleUnits(ctx.doc.text),
  ]) {
    if (citedAsWrong(ctx.doc.text, found.start, found.end)) found.severity = 'info';
    findings.push(found);
  }
  const detector = ctx.rules.textGateDetector;
  if (detector) {
    for (const { excerpt: _excerpt, ...found } of detector.detect(ctx.doc.text)) {
      if (findings.some((f) => f.start === found.start && f.end === found.end)) continue;
      if (isOwnDivisionWord(ctx.doc.text, found.start, found.end)) continue;
      if (isClaimedPayWord(ctx.doc.text, found.start, found.end, found.suggestion)) continue;
      const finding: GateFinding = { ...found, gate: 'text' };
      // A wrong form quoted and named wrong (常被误写为“一股作气”, “再接再励”系编辑错误) only informs.
      if (citedAsWrong(ctx.doc.text, found.start, found.end)) finding.severity = 'info';
      findings.push(finding);
    }
  }
  return findings;
};
