// Links offered in a jump menu (<select onchange="window.open(this.value)"><option value="http://…">):
// a 友情链接 list a page opens like an anchor. An option to an external site whose text holds spam
// wording (传奇私服发布网, 澳门葡京娱乐) or whose host is known or suspected illegal was injected into
// the list; options to government sites (江西省人民政府) are the list itself.
import type { HtmlDocument, Link } from '../html/html-document.ts';
import { isSuspiciousHost } from '../rules/patterns/suspicious-host.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import { scanText } from '../rules/lexicon-scan.ts';
import { external, SPAM_GATES } from './hijack-shared.ts';

/** Source characters an option's text may run to its end tag. */
const OPTION_REACH = 120;

/** Illegal or advertising terms of the lexicon in an option's text (a menu is no page text). */
const spamIn = (ctx: GateContext, text: string) =>
  scanText(ctx.rules.index, text).hits.some(
    (h) => SPAM_GATES.has(h.entry.gate) && h.entry.severity !== 'info',
  );

export function optionLinkFindings(ctx: GateContext, html: HtmlDocument): GateFinding[] {
  const source = ctx.doc.source;
  if (!source.includes('<option')) return [];
  const out: GateFinding[] = [];
  for (const t of html.tokens) {
    if (t.kind !== 'open' || t.name !== 'option') continue;
    const value = t.attrs.find((a) => a.name === 'value');
    if (!value) continue;
    const link: Link = {
      href: value.value,
      tag: 'option',
      start: value.valueStart,
      end: value.valueEnd,
      parent: -1,
    };
    const url = external(link, ctx);
    if (!url) continue;
    const close = source.indexOf('</option', t.end);
    const end = close < 0 || close - t.end > OPTION_REACH ? t.end : source.indexOf('>', close) + 1;
    const kind =
      ctx.rules.classifyHost(url.hostname, url.domain) ??
      (isSuspiciousHost(url.hostname) ? 'suspected' : undefined);
    const spam = end > t.end && spamIn(ctx, source.slice(t.end, end));
    if (!kind && !spam) continue;
    out.push({
      gate: 'hijack',
      rule: spam ? 'hijack.spam-link' : 'hijack.illegal-link',
      severity: kind === 'suspected' && !spam ? 'warn' : 'block',
      start: t.start,
      end,
      message: '下拉友情链接中指向违法或广告网站的选项，疑似被植入',
      inSource: true,
    });
  }
  return out;
}
