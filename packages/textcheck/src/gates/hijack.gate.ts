// Hijack gate (MON-3, HTML only): hidden elements carrying text or links, injected spam, a title
// or meta keywords stuffed with terms unrelated to the page, links to illegal domains, and
// scripts or meta refresh tags that redirect or write content.
import type { HtmlDocument } from '../html/html-document.ts';
import type { GateCheck, GateContext, GateFinding } from './gate-context.ts';
import { isSuspiciousHost } from '../rules/patterns/suspicious-host.ts';
import { findUrls } from '../rules/patterns/url.ts';
import { findGamblingLinks } from './gambling-link.ts';
import { hiddenBlockFindings } from './hidden-blocks.ts';
import { spamSpans, trustedHost } from './hijack-shared.ts';
import { linkFindings } from './hijack-links.ts';
import { optionLinkFindings } from './hijack-option-links.ts';
import { pageColourFindings } from './page-colour.ts';
import { injectedLines, spamLineFindings } from './spam-line.ts';
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

/** A `<meta http-equiv="refresh">` tag, any attribute order and quoting. */
const META_REFRESH = /<meta\b[^>]*?http-equiv\s*=\s*["']?refresh\b[^>]*>/gi;

/**
 * A page that sends its readers elsewhere with a meta refresh (content="0;url=http://www.xpj888.vip"):
 * to a host named like a gambling or porn site it is hijacked (block); to any other outside host it is
 * a redirect to check (warn). A government or trusted host (the site's new address) is no finding.
 */
function metaRefreshFindings(ctx: GateContext): GateFinding[] {
  const source = ctx.doc.source;
  if (!/http-equiv/i.test(source)) return [];
  const out: GateFinding[] = [];
  for (const m of source.matchAll(META_REFRESH)) {
    const outside = findUrls(m[0]).filter((url) => !trustedHost(url.hostname, ctx));
    if (outside.length === 0) continue;
    const suspicious = outside.some((url) => isSuspiciousHost(url.hostname));
    out.push({
      gate: 'hijack',
      rule: 'hijack.meta-redirect',
      severity: suspicious ? 'block' : 'warn',
      start: m.index,
      end: m.index + m[0].length,
      message: suspicious
        ? '页面通过 meta refresh 跳转到疑似赌博、色情网站，疑似被劫持'
        : '页面通过 meta refresh 跳转到外部网站，疑似被劫持',
      inSource: true,
    });
  }
  return out;
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

/** What a gambling ad in a page offers its readers: a site, an app, a bonus on a deposit. */
const GAMBLING_OFFER =
  /官方网站|官网|网址|下载|充值|注册|返利|返水|体验金|彩金|首存|首充|送[0-9０-９]/;

/**
 * A visible paragraph of a government page that advertises gambling (开元棋牌官方网站，真人斗地主、
 * 炸金花，充值返利50%，下载即送体验金！): the legal gate blocks its words, and a paragraph that also
 * offers a site, an app or a bonus was written into the page, with or without an address or a link.
 * A warning or a case report regrades the legal finding, so it counts no more here.
 */
function gamblingParagraphFindings(ctx: GateContext): GateFinding[] {
  return injectedLines(
    ctx,
    (f) => f.severity === 'block' && f.rule.startsWith('legal.gambling'),
    (line) => GAMBLING_OFFER.test(line),
    '页面正文中出现赌博广告，疑似被植入',
  );
}

export const checkHijack: GateCheck = (ctx) => {
  const html = ctx.doc.html;
  if (!html) return [];
  // Where the page's spam wording is: read once, for hidden blocks and for links beside it.
  const spam = spamSpans(ctx);
  return [
    ...hiddenBlockFindings(ctx, html, spam),
    ...pageColourFindings(ctx, html, spam),
    ...linkFindings(ctx, html, spam),
    ...optionLinkFindings(ctx, html),
    ...scriptFindings(ctx, html),
    ...metaRefreshFindings(ctx),
    ...stuffedMeta(ctx, html),
    ...gamblingTextFindings(ctx),
    ...gamblingParagraphFindings(ctx),
    ...spamLineFindings(ctx),
  ];
};
