// Advertising gate: promotion phrases, absolute terms banned by the Advertising Law, medical
// claims, buy-by-contact patterns (terms and pattern families), and links to shopping or other
// commercial domains. A phrase quoted or named in a warning only informs.
import { domainMatches, findUrls } from '../rules/patterns/url.ts';
import {
  ABSOLUTE_WORD,
  ADVERTISING_PATTERNS,
  EFFICACY_CLAIM,
  SALES_POST,
} from './advertising-patterns.ts';
import type { GateCheck } from './gate-context.ts';
import { lexiconFindings, type Regrade } from './lexicon-findings.ts';
import { regradeMention } from './mention-regrade.ts';
import { insideQuotes } from './opinion-reported.ts';
import { extendToClause, patternFindings } from './pattern-findings.ts';
import { inScamWarning } from './warning-frame.ts';

const HEALTH_CLAIM = 'advertising.health-claim';
const SALES_POST_CHECKS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [
    ABSOLUTE_WORD,
    'advertising.absolute-term-in-sales-post',
    '商业推销中使用绝对化用语，违反广告法第九条',
  ],
  [
    EFFICACY_CLAIM,
    'advertising.health-claim-in-sales-post',
    '推销商品时宣称保健、治疗功效，属违法广告',
  ],
];
const LIST_END = /[。；;！!？?\n，,]/;

/**
 * Quoted anywhere in a quotation (骗子常说“加我微信，带你赚钱”), named in a warning, or told in an
 * anti-fraud case (杀猪盘, 民警提示): info.
 */
const regrade: Regrade = (span, severity, ctx) =>
  insideQuotes(ctx.doc.text, span) || inScamWarning(ctx.doc.text, span.start, span.end)
    ? 'info'
    : regradeMention(span, severity, ctx);

export const checkAdvertising: GateCheck = (ctx) => {
  const findings = [
    ...lexiconFindings(ctx, 'advertising', regrade).map((f) =>
      f.rule === HEALTH_CLAIM ? extendToClause(ctx.doc.text, f, LIST_END, 20) : f,
    ),
    ...patternFindings(ctx, 'advertising', ADVERTISING_PATTERNS, regrade),
  ];
  if (SALES_POST.test(ctx.doc.text)) {
    for (const [words, rule, message] of SALES_POST_CHECKS) {
      for (const m of ctx.doc.text.matchAll(words)) {
        const span = { start: m.index, end: m.index + m[0].length };
        const severity = regrade(span, 'warn', ctx);
        findings.push({ gate: 'advertising', rule, severity, ...span, message });
      }
    }
  }
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
