// Hijack rules for spam written into a page's visible text and links: a line that offers an illegal
// service or good with an outside address (传奇私服新开 一秒一刀 www.sf-cq999.com, 代开发票 www.xx.com)
// or a private contact to reach its seller (【推广】正规代孕机构…咨询微信dy6688, 办证刻章 电话139…)
// — written into the page even if its hiding style is missed (a colour set by a tag rule of the
// stylesheet) — and the visible words of an injected link, reported with its address (友情链接：
// <a href="http://www.banzheng-168.com/">办证刻章</a>). Warnings and case reports regrade the legal
// finding, and a listed government or trusted host is no outside address.
import type { Link } from '../html/html-document.ts';
import { findUrls } from '../rules/patterns/url.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import { checkLegal } from './legal.gate.ts';
import { external, trustedHost } from './hijack-shared.ts';
import { hiddenInPage } from './mention-regrade.ts';
import { inWarningFrame } from './warning-frame.ts';

/** Legal rules about what a post says of people (a suspect, a minor, a job ad), not offers. */
const NOT_AN_OFFER = /suspect|minor|discrimination|labour|violence|cult|separatism/;
/** A seller's private contact: a messaging handle (微信dy6688, QQ 80012345, 加V:abc123) or a mobile. */
const PRIVATE_CONTACT =
  /(?:微信|薇信|威信|V信|VX|vx|QQ|qq|扣扣|加V|加v)号?[：:\s]{0,2}[A-Za-z0-9_-]{5,20}|(?:电话|手机|热线|联系|咨询)[^\n]{0,6}?1[3-9][0-9]{9}(?![0-9])/;
/** Longest anchor text read as part of its link. */
const ANCHOR_REACH = 80;

/**
 * Block findings of whole visible lines written into a page: one per line holding a legal finding
 * that `counts`, where the line `offers` something, outside warnings.
 */
export function injectedLines(
  ctx: GateContext,
  counts: (f: GateFinding, line: { start: number; end: number }) => boolean,
  offers: (line: string) => boolean,
  message: string,
  warned: (f: GateFinding, line: { start: number; end: number }) => boolean = (f) =>
    inWarningFrame(ctx.doc.text, f.start, f.end),
): GateFinding[] {
  const text = ctx.doc.text;
  const out: GateFinding[] = [];
  const seen = new Set<number>();
  for (const f of checkLegal(ctx)) {
    if (f.inSource) continue;
    const from = text.lastIndexOf('\n', f.start - 1) + 1;
    const newline = text.indexOf('\n', f.end);
    const to = newline < 0 ? text.length : newline;
    if (!counts(f, { start: from, end: to })) continue;
    const line = text.slice(from, to);
    if (seen.has(from) || !offers(line) || warned(f, { start: from, end: to })) continue;
    seen.add(from);
    out.push({
      gate: 'hijack',
      rule: 'hijack.spam-text',
      severity: 'block',
      start: from + (line.length - line.trimStart().length),
      end: to - (line.length - line.trimEnd().length),
      message,
    });
  }
  return out;
}

/** Visible lines that hold an illegal offer and an outside address or a private contact. */
export function spamLineFindings(ctx: GateContext): GateFinding[] {
  return injectedLines(
    ctx,
    // Hidden spam is the hidden-block rule's, with the element it hides in.
    // An offer the page's warning made a mention still counts on a line linked out (below).
    (f, line) =>
      (f.severity !== 'info' || linkedOut(ctx, line)) &&
      !NOT_AN_OFFER.test(f.rule) &&
      !hiddenInPage(ctx, f),
    (line) =>
      PRIVATE_CONTACT.test(line) || findUrls(line).some((url) => !trustedHost(url.hostname, ctx)),
    '页面正文中出现违法广告及外部网址，疑似被植入',
    // A line that is itself a link to an outside host (a floating advert's anchor) is no example a
    // warning quotes, whatever warning the page around it gives.
    (f, line) => inWarningFrame(ctx.doc.text, f.start, f.end) && !linkedOut(ctx, line),
  );
}

/** Whether the line's words are the anchor of a link to a host outside the trusted ones. */
function linkedOut(ctx: GateContext, line: { start: number; end: number }): boolean {
  const html = ctx.doc.html;
  if (!html) return false;
  const words = ctx.doc.toSource(line.start, line.end);
  return html.links.some((link) => {
    if (link.tag !== 'a' || !external(link, ctx)) return false;
    const anchor = linkWithAnchorText(ctx.doc.source, link);
    return anchor.start <= words.start && anchor.end >= words.end;
  });
}

/**
 * The source span of a link with the visible words of its anchor (href through the text before
 * `</a>`), so a finding on an injected link shows what the reader sees; other links keep the span of
 * their address.
 */
export function linkWithAnchorText(source: string, link: Link): { start: number; end: number } {
  if (link.tag !== 'a') return link;
  const open = source.indexOf('>', link.end);
  const close = open < 0 ? -1 : source.indexOf('</a', open);
  if (close < 0 || close - open > ANCHOR_REACH || source.slice(open, close).includes('<a'))
    return link;
  return { start: link.start, end: close };
}
