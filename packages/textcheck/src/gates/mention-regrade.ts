// A listed term that is mentioned rather than used — quoted, or in a warning or enforcement
// sentence (禁毒宣传, 反诈提醒, 谨防“包治百病”) — is reported for information only.
import type { Severity } from '../finding.ts';
import { nearContext } from './gate-context.ts';
import type { Regrade } from './lexicon-findings.ts';

const ENFORCEMENT_REACH = 40;
const OPEN_QUOTES = '“‘「『"《';
const CLOSE_QUOTES = '”’」』"》';

export const regradeMention: Regrade = (span, severity, ctx): Severity => {
  if (severity === 'info') return 'info';
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
