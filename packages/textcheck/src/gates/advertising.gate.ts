// Advertising gate: promotion phrases, absolute terms banned by the Advertising Law, buy-by-contact
// patterns, and links to shopping or other commercial domains.
import { domainMatches, findUrls } from '../rules/patterns/url.ts';
import type { GateCheck } from './gate-context.ts';
import { lexiconFindings } from './lexicon-findings.ts';
import { regradeMention } from './mention-regrade.ts';

export const checkAdvertising: GateCheck = (ctx) => {
  const findings = lexiconFindings(ctx, 'advertising', regradeMention);
  for (const url of findUrls(ctx.doc.text)) {
    const commercial = [...ctx.rules.commercialDomains].some((d) => domainMatches(url.hostname, d));
    if (!commercial) continue;
    findings.push({
      gate: 'advertising',
      rule: 'advertising.commercial-link',
      severity: 'block',
      start: url.start,
      end: url.end,
      message: '链接指向购物或商业网站，政务新媒体不得链接商业广告页面',
    });
  }
  return findings;
};
