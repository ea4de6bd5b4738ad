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

/**
 * The courts' and the state's auction channels on shopping platforms (sf.taobao.com for judicial
 * auctions, zc-paimai.taobao.com for public assets; after final176): a court's notice links its own
 * auction there, which sells nothing for a merchant.
 */
const PUBLIC_AUCTION_HOSTS = ['sf.taobao.com', 'sf-item.taobao.com', 'zc-paimai.taobao.com'];

/** Whether a host is a shopping or commercial-promotion site's, not a public auction channel. */
export function isCommercialHost(ctx: GateContext, hostname: string): boolean {
  if (PUBLIC_AUCTION_HOSTS.some((h) => domainMatches(hostname, h))) return false;
  return [...ctx.rules.commercialDomains].some((d) => domainMatches(hostname, d));
}

/** Each visible link to a commercial domain with its anchor, at its offsets in the page's source. */
export function commercialLinkTargets(ctx: GateContext, message: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const link of ctx.doc.html?.links ?? []) {
    if (link.hidden || !LINK_TAGS.has(link.tag) || !/^(?:https?:)?\/\//i.test(link.href)) continue;
    const url = classifyUrl(link.href.replace(/^\/\//, 'http://'));
    if (!url || !isCommercialHost(ctx, url.hostname)) continue;
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
