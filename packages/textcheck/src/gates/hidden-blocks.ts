// Hidden elements that carry text or links: spam or external links hidden from readers block;
// other hidden content (drop-down menus, share boxes) only informs.
import type { HtmlDocument } from '../html/html-document.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import { external, finding, type TextSpan } from './hijack-shared.ts';

const REASONS: Record<string, string> = {
  'display-none': 'display:none',
  'visibility-hidden': 'visibility:hidden',
  'zero-size': '零尺寸',
  'off-screen': '移出屏幕',
  transparent: '透明',
  'same-colour': '文字与背景同色',
  'hidden-attribute': 'hidden 属性',
  'script-written': '脚本写入',
};

/**
 * Chinese characters that make text shrunk or coloured away worth a warning; screen-reader text
 * (跳转到主要内容, 本页面支持读屏软件) is short and names itself.
 */
const CONCEALED_HAN = 12;
const FOR_SCREEN_READERS = /跳转|主要内容|读屏|无障碍|屏幕阅读|盲人/;
const HAN = /[\u4e00-\u9fff]/g;
const HAN_RUN = /[\u4e00-\u9fff]+/g;
/** Words of a print-only header or footer (打印版, 打印本页) and of a page's own channel (网站). */
const PRINT_WORDS = /打印(?:版|本页|预览|页面|页)?|(?:政府)?门户网站|官方网站|网站|官网/g;

/**
 * Chinese characters of hidden text that say something: a run that only names the site itself (its
 * title or logo text: 盐池县人民政府网站) or says 打印版 does not count — a print-only header.
 */
function tellingHan(hiddenText: string, ownText: string): number {
  let n = 0;
  for (const [run] of hiddenText.matchAll(HAN_RUN)) {
    const rest = run.replace(PRINT_WORDS, '');
    if (rest.length === 0 || (rest.length >= 2 && ownText.includes(rest))) continue;
    n += run.length;
  }
  return n;
}

/** `spamText`: spans of the page text holding illegal or advertising wording (`spamSpans`). */
export function hiddenBlockFindings(
  ctx: GateContext,
  html: HtmlDocument,
  spamText: readonly TextSpan[],
): GateFinding[] {
  const out: GateFinding[] = [];
  // The site's own name, as its title and logo text give it (…_盐池县人民政府).
  const ownText = html.segments
    .filter((s) => s.kind === 'title' || s.kind === 'alt')
    .map((s) => html.text.slice(s.start, s.end))
    .join('\n');
  for (const element of html.hiddenElements) {
    const segments = html.segments.filter((s) => s.hidden === element);
    const textLength = segments.reduce((n, s) => n + s.end - s.start, 0);
    const links = html.links.filter((l) => l.hidden === element);
    const spam = spamText.some((h) => segments.some((s) => h.start >= s.start && h.end <= s.end));
    const outward = links.some((l) => external(l, ctx));
    if (textLength === 0 && links.length === 0) continue;
    const how = REASONS[element.reason] ?? element.reason;
    // Text shrunk to nothing or coloured like the page says something a reader must not see; a
    // menu hidden with display:none says nothing (its text is short and it is shown on demand).
    const hiddenText = segments.map((s) => html.text.slice(s.start, s.end)).join('');
    const concealed =
      (element.reason === 'same-colour' || element.reason === 'zero-size') &&
      (hiddenText.match(HAN)?.length ?? 0) >= CONCEALED_HAN &&
      !FOR_SCREEN_READERS.test(hiddenText) &&
      tellingHan(hiddenText, ownText) >= CONCEALED_HAN;
    const severity =
      spam || outward ? 'block' : element.reason === 'same-colour' || concealed ? 'warn' : 'info';
    const what = spam
      ? '隐藏的违法或广告内容'
      : outward
        ? '隐藏的外部链接（暗链）'
        : '隐藏的文字或链接';
    out.push(
      finding(
        element,
        severity,
        spam ? 'hijack.hidden-spam' : outward ? 'hijack.hidden-link' : 'hijack.hidden-content',
        `${what}（${how}），疑似网页被篡改或植入`,
      ),
    );
  }
  return out;
}
