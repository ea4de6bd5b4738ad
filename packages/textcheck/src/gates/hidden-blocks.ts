// Hidden elements that carry text or links: spam or external links hidden from readers block;
// other hidden content (drop-down menus, share boxes) only informs.
import type { HtmlDocument } from '../html/html-document.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import { external, finding, spamSpans } from './hijack-shared.ts';

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

export function hiddenBlockFindings(ctx: GateContext, html: HtmlDocument): GateFinding[] {
  const out: GateFinding[] = [];
  const spamHits = spamSpans(ctx);
  for (const element of html.hiddenElements) {
    const segments = html.segments.filter((s) => s.hidden === element);
    const textLength = segments.reduce((n, s) => n + s.end - s.start, 0);
    const links = html.links.filter((l) => l.hidden === element);
    const spam = spamHits.some((h) => segments.some((s) => h.start >= s.start && h.end <= s.end));
    const outward = links.some((l) => external(l, ctx));
    if (textLength === 0 && links.length === 0) continue;
    const how = REASONS[element.reason] ?? element.reason;
    const severity = spam || outward ? 'block' : element.reason === 'same-colour' ? 'warn' : 'info';
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
