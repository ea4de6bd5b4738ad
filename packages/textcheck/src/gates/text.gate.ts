// Text gate (文字关): punctuation here; typos and wrong words from the configured detector.
import { isClaimedPayWord } from './claimed-pay-word.ts';
import { isCorrectedForm } from './corrected-form.ts';
import type { GateCheck, GateFinding } from './gate-context.ts';
import { isOwnDivisionWord } from './own-division-word.ts';
import { findPunctuationErrors } from './punctuation.ts';

/** In a page only the body text is prose; title and meta keywords use their own separators. */
function inProse(ctx: Parameters<GateCheck>[0], f: GateFinding): boolean {
  const segments = ctx.doc.html?.segments;
  return (
    !segments || segments.some((s) => s.kind === 'body' && f.start >= s.start && f.end <= s.end)
  );
}

export const checkText: GateCheck = (ctx) => {
  const findings = findPunctuationErrors(ctx.doc.text).filter((f) => inProse(ctx, f));
  const detector = ctx.rules.textGateDetector;
  if (detector) {
    for (const { excerpt: _excerpt, ...found } of detector.detect(ctx.doc.text)) {
      if (isOwnDivisionWord(ctx.doc.text, found.start, found.end)) continue;
      if (isClaimedPayWord(ctx.doc.text, found.start, found.end, found.suggestion)) continue;
      if (isCorrectedForm(ctx.doc.text, found.start, found.end)) continue;
      const finding: GateFinding = { ...found, gate: 'text' };
      findings.push(finding);
    }
  }
  return findings;
};
