// What the hijack rules share: which gates count as spam and where the page's spam wording is,
// external links, and the finding shape (HTML source offsets).
import type { Gate } from '../finding.ts';
import type { HiddenElement, Link } from '../html/html-document.ts';
import { classifyUrl, domainMatches } from '../rules/patterns/url.ts';
import { ADVERTISING_ABSOLUTE_PATTERNS } from './advertising-absolute-patterns.ts';
import { DESTINATION_PATTERNS } from './advertising-destination-patterns.ts';
import { PLACE_RANKING_PATTERNS } from './advertising-place-rankings.ts';
import { ADVERTISING_PATTERNS } from './advertising-patterns.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import { LEGAL_PATTERNS } from './legal-patterns.ts';
import { patternFindings } from './pattern-findings.ts';

export const SPAM_GATES: ReadonlySet<Gate> = new Set(['legal', 'advertising']);

/**
 * Spans of the page's text holding illegal or advertising wording: listed terms and the legal and
 * advertising pattern families (代开…发票 真票可查, 联系QQ:…), at their own severity (not info).
 */
/** A span of the page's text. */
export interface TextSpan {
  start: number;
  end: number;
}

export function spamSpans(ctx: GateContext): TextSpan[] {
  return [
    ...ctx.scan.hits.filter((h) => SPAM_GATES.has(h.entry.gate) && h.entry.severity !== 'info'),
    ...patternFindings(ctx, 'legal', LEGAL_PATTERNS),
    ...patternFindings(ctx, 'advertising', ADVERTISING_PATTERNS),
    ...patternFindings(ctx, 'advertising', PLACE_RANKING_PATTERNS),
    ...patternFindings(ctx, 'advertising', ADVERTISING_ABSOLUTE_PATTERNS),
    ...patternFindings(ctx, 'advertising', DESTINATION_PATTERNS),
  ].filter((s) => !('severity' in s) || s.severity !== 'info');
}

/** Host of an absolute link outside the whitelisted and trusted domains. */
export function external(
  link: Link,
  ctx: GateContext,
): { hostname: string; domain: string } | undefined {
  if (!/^(?:https?:)?\/\//i.test(link.href)) return undefined;
  const url = classifyUrl(link.href.replace(/^\/\//, 'http://'));
  return url && !trustedHost(url.hostname, ctx) ? url : undefined;
}

/** Whitelisted party and government domains and the trusted infrastructure hosts. */
export function trustedHost(hostname: string, ctx: GateContext): boolean {
  const { tables } = ctx.rules;
  return [...tables.sources.domainSuffixes, ...tables.trustedHosts].some((s) =>
    domainMatches(hostname, s),
  );
}

export function finding(
  span: HiddenElement | Link | { start: number; end: number },
  severity: GateFinding['severity'],
  rule: string,
  message: string,
): GateFinding {
  return {
    gate: 'hijack',
    rule,
    severity,
    start: span.start,
    end: span.end,
    message,
    inSource: true,
  };
}
