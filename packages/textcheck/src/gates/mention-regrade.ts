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
  const quoted =
    OPEN_QUOTES.includes(text.charAt(span.start - 1)) &&
    CLOSE_QUOTES.includes(text.charAt(span.end));
  return quoted || nearContext(ctx, 'enforcement', span, ENFORCEMENT_REACH, true)
    ? 'info'
    : severity;
};
