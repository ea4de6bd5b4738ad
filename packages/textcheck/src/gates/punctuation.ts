// Punctuation rules of the text gate (GB/T 15834): half-width marks inside Chinese, doubled or
// clashing marks, and brackets or quotation marks left unmatched.
import type { GateFinding } from './gate-context.ts';

const CJK = /[\u3400-\u9fff]/;
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '.': '。',
  '(': '（',
  ')': '）',
};
const HALF_WIDTH = /[,;:?!.()]/g;
const BRACKETS = /[（）《》“”‘’【】「」〔〕()〈〉[\]\n]/g;
const DOUBLED = /[，、；：]{2,}|。[，、；：。]+|[，、；：]。|。{2,}(?!。)/g;
const PAIRS: Record<string, string> = {
  '（': '）',
  '《': '》',
  '“': '”',
  '‘': '’',
  '【': '】',
  '「': '」',
  '〔': '〕',
  '(': ')',
  '〈': '〉',
  '[': ']',
};
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));
/** Full- and half-width brackets of one kind close each other; the width is the half-width rule's business. */
const FAMILY: Record<string, string> = {
  '（': '(',
  '）': '(',
  '(': '(',
  ')': '(',
  '【': '[',
  '】': '[',
  '[': '[',
  ']': '[',
  '〔': '[',
  '〕': '[',
};
const closes = (open: string, close: string) =>
  PAIRS[open] === close || (FAMILY[open] !== undefined && FAMILY[open] === FAMILY[close]);

function finding(
  rule: string,
  severity: 'warn' | 'info',
  start: number,
  end: number,
  message: string,
  suggestion?: string,
): GateFinding {
  const f: GateFinding = { gate: 'text', rule, severity, start, end, message };
  if (suggestion !== undefined) f.suggestion = suggestion;
  return f;
}

function halfWidth(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of text.matchAll(HALF_WIDTH)) {
    const i = m.index;
    const ch = m[0];
    const full = FULL_WIDTH[ch] ?? ch;
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    const cjkBefore = CJK.test(before);
    const cjkAfter = CJK.test(after);
    if (ch === '.' && !(cjkBefore && (cjkAfter || after === '' || after === '\n'))) continue;
    if (ch === '(' ? !cjkAfter && !cjkBefore : ch === ')' ? !cjkBefore : !cjkBefore) continue;
    // A colon or bracket is only plainly wrong between two Chinese characters (时间:10:30 is not).
    const between = cjkBefore && cjkAfter;
    const severity = (ch === '(' || ch === ')' || ch === ':') && !between ? 'info' : 'warn';
    out.push(
      finding(
        'text.half-width-punctuation',
        severity,
        i,
        i + 1,
        `中文语句中应使用全角标点“${full}”`,
        full,
      ),
    );
  }
  return out;
}

function doubled(text: string): GateFinding[] {
  return [...text.matchAll(DOUBLED)].map((m) =>
    finding(
      'text.doubled-punctuation',
      'warn',
      m.index,
      m.index + m[0].length,
      '标点符号重复或连用不当',
      m[0].charAt(m[0].length - 1),
    ),
  );
}

function unmatched(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  let stack: Array<{ ch: string; at: number }> = [];
  const flush = () => {
    for (const open of stack)
      out.push(
        finding(
          'text.unmatched-bracket',
          'warn',
          open.at,
          open.at + 1,
          `“${open.ch}”缺少配对的“${PAIRS[open.ch]}”`,
        ),
      );
    stack = [];
  };
  for (const m of text.matchAll(BRACKETS)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\n') flush();
    else if (PAIRS[ch]) stack.push({ ch, at: i });
    else if (CLOSERS.has(ch)) {
      const top = stack[stack.length - 1];
      if (top && closes(top.ch, ch)) stack.pop();
      else if (stack.some((s) => closes(s.ch, ch))) {
        while (stack.length > 0 && !closes(stack[stack.length - 1]!.ch, ch)) {
          const open = stack.pop()!;
          out.push(
            finding(
              'text.unmatched-bracket',
              'warn',
              open.at,
              open.at + 1,
              `“${open.ch}”缺少配对的“${PAIRS[open.ch]}”`,
            ),
          );
        }
        stack.pop();
      } else
        out.push(
          finding(
            'text.unmatched-bracket',
            'warn',
            i,
            i + 1,
            `“${ch}”缺少配对的“${CLOSERS.get(ch)}”`,
          ),
        );
    }
  }
  flush();
  return out;
}

export function findPunctuationErrors(text: string): GateFinding[] {
  return [...halfWidth(text), ...doubled(text), ...unmatched(text)];
}
