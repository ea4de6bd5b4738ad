// Character references in HTML text, decoded with a map from each decoded character back to the
// source span it came from.

const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  copy: '©',
  reg: '®',
  times: '×',
  emsp: ' ',
  ensp: ' ',
  thinsp: ' ',
  zwj: '\u200d',
  zwnj: '\u200c',
};
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));?/y;

/** Appends the decoded text of `source[start, end)` to `out`, pushing each unit's source span. */
export function decodeInto(
  source: string,
  start: number,
  end: number,
  out: { text: string[]; starts: number[]; ends: number[] },
): void {
  let at = start;
  while (at < end) {
    const ch = source.charAt(at);
    if (ch === '&') {
      REFERENCE.lastIndex = at;
      const m = REFERENCE.exec(source);
      if (m && m.index + m[0].length <= end) {
        const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : undefined;
        const decoded =
          code !== undefined
            ? code > 0 && code <= 0x10ffff
              ? String.fromCodePoint(code)
              : ''
            : NAMED[(m[3] ?? '').toLowerCase()];
        if (decoded !== undefined) {
          for (let k = 0; k < decoded.length; k++) {
            out.text.push(decoded.charAt(k));
            out.starts.push(at);
            out.ends.push(at + m[0].length);
          }
          at += m[0].length;
          continue;
        }
      }
    }
    out.text.push(ch);
    out.starts.push(at);
    out.ends.push(at + 1);
    at++;
  }
}
