// A small tolerant HTML tokenizer: tags with attributes, text and comments, every token with its
// offsets in the source, raw-text elements (script, style, textarea, title) read to their end tag.
// It never throws: anything that is not a well-formed tag is text.

export interface Attribute {
  name: string;
  value: string;
  /** Offsets of the value in the source (equal to the name's end when there is no value). */
  valueStart: number;
  valueEnd: number;
}

export type Token =
  | {
      kind: 'open';
      name: string;
      attrs: Attribute[];
      selfClosing: boolean;
      start: number;
      end: number;
    }
  | { kind: 'close'; name: string; start: number; end: number }
  | { kind: 'text'; start: number; end: number }
  | { kind: 'comment'; start: number; end: number };

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
const NAME = /[A-Za-z][A-Za-z0-9:-]*/y;
const ATTR = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

function readAttributes(
  html: string,
  from: number,
): { attrs: Attribute[]; end: number; selfClosing: boolean } {
  const attrs: Attribute[] = [];
  let at = from;
  for (;;) {
    while (at < html.length && /[\s/]/.test(html.charAt(at)) && html.charAt(at) !== '>') {
      if (html.charAt(at) === '/' && html.charAt(at + 1) === '>')
        return { attrs, end: at + 2, selfClosing: true };
      at++;
    }
    if (at >= html.length) return { attrs, end: html.length, selfClosing: false };
    if (html.charAt(at) === '>') return { attrs, end: at + 1, selfClosing: false };
    ATTR.lastIndex = at;
    const m = ATTR.exec(html);
    if (!m || m[0].length === 0) {
      at++;
      continue;
    }
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const quoted = m[2] !== undefined || m[3] !== undefined;
    const valueEnd = m.index + m[0].length - (quoted ? 1 : 0);
    attrs.push({
      name: (m[1] ?? '').toLowerCase(),
      value,
      valueStart: valueEnd - value.length,
      valueEnd,
    });
    at = m.index + m[0].length;
  }
}

function rawTextEnd(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}\\s*>`, 'ig');
  close.lastIndex = from;
  const m = close.exec(html);
  return m ? m.index : html.length;
}

export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let text = 0;
  let at = 0;
  const flushText = (to: number) => {
    if (to > text) tokens.push({ kind: 'text', start: text, end: to });
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      const close = html.indexOf('-->', lt + 4);
      const end = close < 0 ? html.length : close + 3;
      tokens.push({ kind: 'comment', start: lt, end });
      at = text = end;
      continue;
    }
    if (html.charAt(lt + 1) === '!' || html.charAt(lt + 1) === '?') {
      flushText(lt);
      const close = html.indexOf('>', lt);
      at = text = close < 0 ? html.length : close + 1;
      continue;
    }
    const closing = html.charAt(lt + 1) === '/';
    NAME.lastIndex = lt + (closing ? 2 : 1);
    const m = NAME.exec(html);
    if (!m) {
      at = lt + 1;
      continue;
    }
    flushText(lt);
    const name = m[0].toLowerCase();
    if (closing) {
      const close = html.indexOf('>', NAME.lastIndex);
      const end = close < 0 ? html.length : close + 1;
      tokens.push({ kind: 'close', name, start: lt, end });
      at = text = end;
      continue;
    }
    const { attrs, end, selfClosing } = readAttributes(html, NAME.lastIndex);
    tokens.push({ kind: 'open', name, attrs, selfClosing, start: lt, end });
    at = text = end;
    if (RAW_TEXT.has(name) && !selfClosing) {
      const contentEnd = rawTextEnd(html, name, end);
      if (contentEnd > end) tokens.push({ kind: 'text', start: end, end: contentEnd });
      at = text = contentEnd;
    }
  }
  flushText(html.length);
  return tokens;
}
