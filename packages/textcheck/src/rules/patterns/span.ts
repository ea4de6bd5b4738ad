// A span of the checked text found by a pattern rule, with the value it read.
export interface PatternHit {
  start: number;
  end: number;
  /** The matched characters with separators removed and full-width digits made ASCII. */
  value: string;
}

/** ASCII digits and letters from full-width forms; drops spaces and dashes used as separators. */
export function compactDigits(raw: string): string {
  let out = '';
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0);
    else if (ch === 'Ｘ' || ch === 'ｘ' || ch === 'x') out += 'X';
    else if (/[0-9X]/.test(ch)) out += ch;
  }
  return out;
}

/** Every match of a global regular expression as a hit, keeping those `accept` approves. */
export function scanRegex(
  text: string,
  regex: RegExp,
  accept: (value: string, raw: string) => boolean,
): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const m of text.matchAll(regex)) {
    const raw = m[0];
    const value = compactDigits(raw);
    if (accept(value, raw)) hits.push({ start: m.index, end: m.index + raw.length, value });
  }
  return hits;
}
