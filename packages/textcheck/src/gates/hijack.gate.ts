// Hijack gate (MON-3, HTML only): hidden elements carrying text or links, injected spam, a title
// or meta keywords stuffed with terms unrelated to the page, links to illegal domains, and
// scripts that redirect or write content.
import type { HtmlDocument } from '../html/html-document.ts';
import type { GateCheck, GateContext, GateFinding } from './gate-context.ts';
import { findUrls } from '../rules/patterns/url.ts';
import { findGamblingLinks } from './gambling-link.ts';
import { hiddenBlockFindings } from './hidden-blocks.ts';
import { spamSpans, trustedHost } from './hijack-shared.ts';
import { linkFindings } from './hijack-links.ts';
import { stuffedMeta } from './stuffed-meta.ts';
import { regradeMention } from './mention-regrade.ts';
import { inWarningFrame } from './warning-frame.ts';

const SCRIPT_INJECTION =
  /document\.write|location\s*(?:\.href)?\s*=|location\.replace|document\.referrer|window\.open/;

function scriptFindings(ctx: GateContext, html: HtmlDocument): GateFinding[] {
  return html.scripts
    .filter((s) => {
      const body = ctx.doc.source.slice(s.start, s.end);
      if (!SCRIPT_INJECTION.test(body)) return false;
      return findUrls(body).some((url) => !trustedHost(url.hostname, ctx));
    })
    .map(
      (s) =>
        ({
          gate: 'hijack',
          rule: 'hijack.script-redirect',
          severity: 'warn',
          start: s.start,
          end: s.end,
          message: '脚本向外部网站跳转或写入内容，疑似被劫持',
          inSource: true,
        }) satisfies GateFinding,
    );
}

/**
 * A casino brand with a bare numbered address in the visible text of a government page (【推荐】澳门…
 * 官网 www.xx8888.com 注册就送…): spam written into the page, even without a link or a hiding style.
 * Not in a warning or a report of a case, where the address is an example.
 */
function gamblingTextFindings(ctx: GateContext): GateFinding[] {
  const text = ctx.doc.text;
  return findGamblingLinks(text)
    .filter(
      (span) =>
        !inWarningFrame(text, span.start, span.end) &&
        regradeMention(span, 'block', ctx) !== 'info',
    )
    .map((span) => ({
      gate: 'hijack',
      rule: 'hijack.spam-text',
      severity: 'block',
      ...span,
      message: '页面正文中出现赌博网站品牌与网址，疑似被植入',
    }));
}

export const checkHijack: GateCheck = (ctx) => {
  const html = ctx.doc.html;
  if (!html) return [];
  // Where the page's spam wording is: read once, for hidden blocks and for links beside it.
  const spam = spamSpans(ctx);
  return [
    ...hiddenBlockFindings(ctx, html, spam),
    ...linkFindings(ctx, html, spam),
    ...scriptFindings(ctx, html),
    ...stuffedMeta(ctx, html),
    ...gamblingTextFindings(ctx),
  ];
};
