// A listed term that is mentioned rather than used — quoted, or in a warning or enforcement
// sentence (禁毒宣传, 反诈提醒, 谨防“包治百病”) — is reported for information only. Text hidden in a
// page is never such a mention: nobody reads it, it is there for search engines.
import type { Severity } from '../finding.ts';
import { contextGroup, nearContext, type GateContext } from './gate-context.ts';
import type { Regrade } from './lexicon-findings.ts';

const ENFORCEMENT_REACH = 40;
const OPEN_QUOTES = '“‘「『"《';
const CLOSE_QUOTES = '”’」』"》';

/** Whether the span lies in text a page hides from its readers. */
export function hiddenInPage(ctx: GateContext, span: { start: number; end: number }): boolean {
  return (
    ctx.doc.html?.segments.some((s) => s.hidden && s.start <= span.start && span.end <= s.end) ??
    false
  );
}

/**
 * The page's title, keywords or description segment holding the span: a field of its own, whose
 * words are not framed by the body's (a safety notice's 提醒 does not make 网上赌场首存送 in the
 * description a warning).
 */
export function metaSegment(
  ctx: GateContext,
  span: { start: number; end: number },
): { start: number; end: number } | undefined {
  return ctx.doc.html?.segments.find(
    (s) =>
      (s.kind === 'keywords' || s.kind === 'description') &&
      s.start <= span.start &&
      span.end <= s.end,
  );
}

export const regradeMention: Regrade = (span, severity, ctx): Severity => {
  if (severity === 'info' || hiddenInPage(ctx, span)) return severity;
  const meta = metaSegment(ctx, span);
  if (meta) {
    const enforced = (ctx.scan.groups.get(contextGroup('enforcement')) ?? []).some(
      (s) => s.start >= meta.start && s.end <= meta.end,
    );
    if (!enforced) return severity;
  }
  const text = ctx.doc.text;
  // charAt outside the text is '', which every string includes: a span at an edge is not quoted.
  const before = text.charAt(span.start - 1);
  const after = text.charAt(span.end);
  const quoted =
    before !== '' && after !== '' && OPEN_QUOTES.includes(before) && CLOSE_QUOTES.includes(after);
  return quoted || nearContext(ctx, 'enforcement', span, ENFORCEMENT_REACH, true)
    ? 'info'
    : severity;
};
