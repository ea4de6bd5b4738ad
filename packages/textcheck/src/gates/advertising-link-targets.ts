// A page's link to a shop, read from where it points, not only from a URL in its text: <a
// href="https://mall.jd.com/…">京东店铺</a> links a government page to a shopping site whatever the
// anchor says. The finding spans the address and the anchor's words, so an anchor that shows the
// address itself is one finding, not two. Only visible links of a page (a hidden one is the hijack
// gate's) and only shopping or commercial-promotion domains (commercial-domains.txt); share buttons
// and the sites the office runs its accounts on are not listed there.
import { classifyUrl, domainMatches } from '../rules/patterns/url.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import { linkWithAnchorText } from './spam-line.ts';

const LINK_TAGS: ReadonlySet<string> = new Set(['a', 'area']);

/** Each visible link to a commercial domain with its anchor, at its offsets in the page's source. */
export function commercialLinkTargets(ctx: GateContext, message: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const link of ctx.doc.html?.links ?? []) {
    if (link.hidden || !LINK_TAGS.has(link.tag) || !/^(?:https?:)?\/\//i.test(link.href)) continue;
    const url = classifyUrl(link.href.replace(/^\/\//, 'http://'));
    if (!url || ![...ctx.rules.commercialDomains].some((d) => domainMatches(url.hostname, d)))
      continue;
    const { start, end } = linkWithAnchorText(ctx.doc.source, link);
    out.push({
      gate: 'advertising',
      rule: 'advertising.commercial-link',
      severity: 'block',
      start,
      end,
      message,
      inSource: true,
    });
  }
  return out;
}
