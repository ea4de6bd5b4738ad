// E-mail addresses with a syntactically valid local part and a dotted domain.
import type { PatternHit } from './span.ts';

const EMAIL_PATTERN = /[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}/g;

export function findEmails(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const m of text.matchAll(EMAIL_PATTERN)) {
    const value = m[0].toLowerCase();
    if (value.startsWith('.') || value.includes('..')) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, value });
  }
  return hits;
}
