// Hijack gate (MON-3, HTML only): hidden elements carrying text or links, injected spam, a title
// or meta keywords stuffed with terms unrelated to the page, links to illegal domains, and
// scripts that redirect or write content.
import type { HtmlDocument } from '../html/html-document.ts';
import type { GateCheck, GateContext, GateFinding } from './gate-context.ts';
import { findUrls } from '../rules/patterns/url.ts';
import { hiddenBlockFindings } from './hidden-blocks.ts';
import { trustedHost } from './hijack-shared.ts';
import { linkFindings } from './hijack-links.ts';
import { stuffedMeta } from './stuffed-meta.ts';

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

export const checkHijack: GateCheck = (ctx) => {
  const html = ctx.doc.html;
  if (!html) return [];
  return [
    ...hiddenBlockFindings(ctx, html),
    ...linkFindings(ctx, html),
    ...scriptFindings(ctx, html),
    ...stuffedMeta(ctx, html),
  ];
};
