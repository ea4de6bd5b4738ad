// Punctuation rules of the text gate (GB/T 15834): half-width marks (and quotes) inside Chinese, doubled or
// clashing marks, and brackets or quotation marks left unmatched.
import type { GateFinding } from './gate-context.ts';
import { guard, guardedMatches } from './regex-guard.ts';

const CJK = /[\u3400-\u9fff]/;
/** Full-width closing marks: a quotation's, a title's or a bracket's end. */
const CLOSING_MARK = /[”’」』》）]/;
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
/**
 * Doubled or clashing marks; a title inside a title takes 〈〉 and a quote inside a quote takes ‘’, so
 * 《《…》》 and ““…”” are doubled marks.
 */
const DOUBLED =
  /[，、；：]{2,}|。[，、；：。]+|[，、；：]。|。{2,}(?!。)|[？！][。，、；]|、等(?![级同待次])|《{2,}|》{2,}|“{2,}|”{2,}/g;
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

/** Full-width marks of Chinese prose (》, ”, ，, ：): Chinese on that side of a bracket, as a character is. */
const FULL_WIDTH_MARK = /[\u3000-\u303f\uff01-\uff1f“”‘’]/;
const HALF_WIDTH_PAIR = /\(([^()\n]{2,40})\)/g;

/**
 * Offsets of the half-width brackets of a Chinese aside opened from Chinese prose
 * (《…公告》(以下简称“公告”)明确): both marks are plainly wrong, whatever stands next to the closing
 * one. The aside must be Chinese for the most part and the opening bracket follow a Chinese character
 * or a full-width mark, or a figure when the aside is a Chinese clause of three characters or more
 * (14:00—17:30(法定节假日除外)); GDP(国内生产总值), f(x), 120(万元) and (www.gov.cn) stay as they are.
 */
function chineseAsides(text: string): Set<number> {
  const at = new Set<number>();
  for (const m of text.matchAll(HALF_WIDTH_PAIR)) {
    const inner = m[1] ?? '';
    const before = text.charAt(m.index - 1);
    const han = [...inner].filter((c) => CJK.test(c)).length;
    // After a figure, a clause all in Chinese (17:30(法定节假日除外)，) is an aside too; a unit
    // (120(万元)) or a Latin term is not read so.
    const afterFigure =
      /[0-9０-９]/.test(before) &&
      han >= 3 &&
      [...inner].every((c) => CJK.test(c) || FULL_WIDTH_MARK.test(c));
    if (!CJK.test(before) && !FULL_WIDTH_MARK.test(before) && !afterFigure) continue;
    if (han < 2 || han * 2 < inner.replace(/\s/g, '').length) continue;
    at.add(m.index);
    at.add(m.index + m[0].length - 1);
  }
  return at;
}

function halfWidth(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  const asides = chineseAsides(text);
  for (const m of text.matchAll(HALF_WIDTH)) {
    const i = m.index;
    const ch = m[0];
    const full = FULL_WIDTH[ch] ?? ch;
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    const cjkBefore = CJK.test(before);
    const cjkAfter = CJK.test(after);
    if (ch === '.' && !(cjkBefore && (cjkAfter || after === '' || after === '\n'))) continue;
    // A comma after a figure and before Chinese where the text uses full-width commas elsewhere
    // (下午14:30至17:30,节假日不对外办理): mixed use, not a thousands separator (1,000) or a list of figures.
    const commaAfterFigure =
      ch === ',' && /[0-9０-９]/.test(before) && cjkAfter && text.includes('，');
    // A comma or semicolon after a full-width closing mark and before Chinese (登录“…平台”,上传材料;
    // after heldout-final168): the sentence is Chinese on both sides of the quotation.
    const afterClosingMark = (ch === ',' || ch === ';') && CLOSING_MARK.test(before) && cjkAfter;
    if (
      !asides.has(i) &&
      !commaAfterFigure &&
      !afterClosingMark &&
      (ch === '(' ? !cjkAfter && !cjkBefore : ch === ')' ? !cjkBefore : !cjkBefore)
    )
      continue;
    // A colon or bracket is only plainly wrong between two Chinese characters (时间:10:30 is not).
    const between = cjkBefore && cjkAfter;
    // A label's colon is also plainly wrong where the same text gives its other labels a full-width
    // one (会议地点：…；会议时间:3月5日): mixed use, not a time or a Latin field.
    const mixedColon = ch === ':' && cjkBefore && text.includes('：');
    // …and so is a colon that ends a Chinese line: a salutation or a heading (各位家长:).
    const endsLine = ch === ':' && cjkBefore && (after === '\n' || after === '\r' || after === '');
    const severity =
      (ch === '(' || ch === ')' || ch === ':') &&
      !between &&
      !mixedColon &&
      !endsLine &&
      !asides.has(i)
        ? 'info'
        : 'warn';
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

/**
 * Half-width quotation marks around Chinese words inside Chinese (深化"放管服"改革): each becomes the
 * full-width opening or closing mark. Quotes around Latin text or code (输入"OK") stay.
 */
const HALF_WIDTH_QUOTED = /(["'])([^"'\n]{1,40}?)\1/g;
const QUOTES: Record<string, [string, string]> = { '"': ['“', '”'], "'": ['‘', '’'] };

function halfWidthQuotes(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of text.matchAll(HALF_WIDTH_QUOTED)) {
    const [, mark = '"', inner = ''] = m;
    const open = m.index;
    const close = open + m[0].length - 1;
    if (!CJK.test(inner)) continue;
    if (!CJK.test(text.charAt(open - 1)) && !CJK.test(text.charAt(close + 1))) continue;
    const [left, right] = QUOTES[mark]!;
    const message = '中文语句中应使用全角引号';
    out.push(finding('text.half-width-punctuation', 'warn', open, open + 1, message, left));
    out.push(finding('text.half-width-punctuation', 'warn', close, close + 1, message, right));
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

/**
 * 截止 (to stop) used for 截至 (as of) where a clause opens with a date it counts up to: 截止到10月底，…,
 * 截止目前，…, 截止今年6月，… — not a deadline stated after its subject (报名截止到3月5日).
 */
const AS_OF = guard(
  /(?<=^|[。！？；\n])截止(?:到|至)?(?=(?:[0-9０-９]|目前|当前|现在|今年|去年|本月|上月|今天|昨天|发稿|[一二三四五六七八九十]+月)[^。，；！？\n]{0,12}[，,])/g,
);

function asOf(text: string): GateFinding[] {
  return guardedMatches(AS_OF, text).map((m) =>
    finding(
      'text.word-usage',
      'warn',
      m.index,
      m.index + m[0].length,
      '表示“到某时为止”应用“截至”，“截止”指停止',
      '截至',
    ),
  );
}

/** Book titles marked with ASCII angle brackets (<<民法典>>), and a 顿号 between titles (》、《). */
const ASCII_TITLE = /<<[^<>\n]{1,30}>>/g;
const TITLE_COMMA = /》、《/g;

function titleMarks(text: string): GateFinding[] {
  return [
    ...[...text.matchAll(ASCII_TITLE)].map((m) =>
      finding(
        'text.punctuation',
        'warn',
        m.index,
        m.index + m[0].length,
        '书名应使用书名号《》，不用“<<>>”',
        `《${m[0].slice(2, -2)}》`,
      ),
    ),
    ...[...text.matchAll(TITLE_COMMA)].map((m) =>
      finding('text.punctuation', 'warn', m.index + 1, m.index + 2, '并列的书名号之间不用顿号', ''),
    ),
  ];
}

export function findPunctuationErrors(text: string): GateFinding[] {
  return [
    ...halfWidth(text),
    ...halfWidthQuotes(text),
    ...doubled(text),
    ...unmatched(text),
    ...asOf(text),
    ...titleMarks(text),
  ];
}
