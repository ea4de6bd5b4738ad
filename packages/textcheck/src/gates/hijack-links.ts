// Links in a page: to known or suspected illegal hosts (a drug seller's name too: drug-host.ts),
// hidden external frames, external links injected beside spam, and farms of external links.
import type { HtmlDocument, Link } from '../html/html-document.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import { findGamblingAnchors } from './gambling-link.ts';
import { findOfferAnchors } from './hijack-offer-anchors.ts';
import { external, finding, type TextSpan } from './hijack-shared.ts';
import { regradeMention } from './mention-regrade.ts';
import { linkWithAnchorText } from './spam-line.ts';
import { inWarningFrame } from './warning-frame.ts';
import { isSuspiciousHost } from '../rules/patterns/suspicious-host.ts';
import { isDrugHost } from './drug-host.ts';

const LINK_FARM = 5;
/** Top-level domains that spam and redirect scripts favour; a government page loads none. */
const RISKY_TLD =
  /\.(?:xyz|top|vip|cc|live|club|icu|buzz|pw|site|win|bid|work|fun|online|store|shop|ltd|loan|men|wang)$/;
/** Source characters between a spam term and an external link that was injected with it. */
const SPAM_REACH = 160;

/**
 * Source offsets of illegal or advertising hits, to find external links injected beside spam. A term
 * only mentioned — in a call to report it (网络赌博、淫秽色情等违法和不良信息，请…依法举报) or a
 * warning — is no spam, and the reporting platforms linked beside it are no injection.
 */
function spamOffsets(ctx: GateContext, spam: readonly TextSpan[]): number[] {
  const text = ctx.doc.text;
  return spam
    .filter(
      (h) => !inWarningFrame(text, h.start, h.end) && regradeMention(h, 'block', ctx) !== 'info',
    )
    .map((h) => ctx.doc.toSource(h.start, h.end).start);
}

/** `spam`: spans of the page text holding illegal or advertising wording (`spamSpans`). */
export function linkFindings(
  ctx: GateContext,
  html: HtmlDocument,
  spam: readonly TextSpan[],
): GateFinding[] {
  const out: GateFinding[] = [];
  const byParent = new Map<number, Link[]>();
  const spamAt = spamOffsets(ctx, spam);
  const gamblingAnchors = new Set(findGamblingAnchors(ctx.doc.source, html).map((a) => a.link));
  const offerAnchors = new Set(findOfferAnchors(ctx.doc.source, html));
  const anchored = (link: Link) => linkWithAnchorText(ctx.doc.source, link);
  for (const link of html.links) {
    const url = external(link, ctx);
    if (!url) continue;
    const kind =
      ctx.rules.classifyHost(url.hostname, url.domain) ??
      (isSuspiciousHost(url.hostname) || isDrugHost(url.hostname) ? 'suspected' : undefined);
    if (gamblingAnchors.has(link)) {
      out.push(
        finding(
          anchored(link),
          'block',
          'hijack.spam-link',
          '以赌博网站品牌为文字的外部链接，疑似被植入',
        ),
      );
    } else if (offerAnchors.has(link)) {
      out.push(
        finding(
          anchored(link),
          'block',
          'hijack.spam-link',
          '以烟草、发票等违禁商品买卖为文字的外部链接，疑似被植入',
        ),
      );
    } else if (kind) {
      const severity = kind === 'known' || link.hidden ? 'block' : 'warn';
      out.push(
        finding(
          anchored(link),
          severity,
          'hijack.illegal-link',
          kind === 'known'
            ? '链接指向已知违法网站，疑似被植入'
            : '链接疑似指向赌博、色情、涉毒或翻墙网站，疑似被植入',
        ),
      );
    } else if (!link.hidden && spamAt.some((at) => Math.abs(at - link.start) <= SPAM_REACH)) {
      out.push(
        finding(
          anchored(link),
          'block',
          'hijack.spam-link',
          '违法或广告内容旁的外部链接，疑似被植入',
        ),
      );
    } else if (link.tag === 'script' && RISKY_TLD.test(url.hostname)) {
      out.push(
        finding(
          link,
          'warn',
          'hijack.external-script',
          '引用来历不明的外部脚本，疑似被植入统计或跳转代码',
        ),
      );
    } else if (link.tag === 'iframe' && link.hidden) {
      out.push(finding(link, 'block', 'hijack.hidden-frame', '隐藏的外部框架，疑似被植入'));
    } else if (!link.hidden) {
      byParent.set(link.parent, [...(byParent.get(link.parent) ?? []), link]);
    }
  }
  for (const links of byParent.values()) {
    const domains = new Set(links.map((l) => external(l, ctx)?.domain));
    if (links.length >= LINK_FARM && domains.size >= 3) {
      const first = links[0]!;
      const last = links[links.length - 1]!;
      out.push({
        gate: 'hijack',
        rule: 'hijack.link-farm',
        severity: 'warn',
        start: first.start,
        end: last.end,
        message: '成批指向多个外部网站的链接，疑似被植入的链接农场',
        inSource: true,
      });
    }
  }
  return out;
}
