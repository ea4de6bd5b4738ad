// Legal gate (法律关): pornography, gambling, drugs, fraud, violence, illegal sites, "犯罪分子"
// before judgement, identity of minors in criminal cases.
import { isSuspiciousHost } from '../rules/patterns/suspicious-host.ts';
import { findUrls } from '../rules/patterns/url.ts';
import { isDrugHost } from './drug-host.ts';
import { findGamblingAnchors, findGamblingLinks } from './gambling-link.ts';
import type { GateCheck, GateContext, GateFinding } from './gate-context.ts';
import { NAMED_CASE_SITE, unmaskedBrandSite, unmaskedCaseSite } from './legal-case-sites.ts';
import { familyFindings } from './legal-families.ts';
import { genericOffenders, namesCrime, offeredInClause, reportedCase } from './legal-framing.ts';
import { isPhishingHost } from './legal-phishing-host.ts';
import { findPiracyOffers } from './legal-piracy.ts';
import { findMisnamedStatutes } from './legal-statute-titles.ts';
import { regradeLegal } from './legal-regrade.ts';
import { lexiconFindings } from './lexicon-findings.ts';
import { hiddenInPage } from './mention-regrade.ts';
import { findMinorBracketedSchool } from './minor-bracketed-school.ts';
import { findMinorByClass } from './minor-class-identity.ts';
import { findMinorIdentity } from './minor-identity.ts';
import { findMinorBySchool } from './minor-school-name.ts';
import { findVictimRelatives } from './minor-victim-relative.ts';
import { inWarningFrame } from './warning-frame.ts';

/** Rules reporting a person called a criminal: an offender word running into 罪 names a crime. */
const CALLED_CRIMINAL: ReadonlySet<string> = new Set([
  'legal.suspect-called-criminal',
  'legal.debtor-called-criminal',
]);

/**
 * The legal findings of one check, kept while its context lives: the hijack gate reads them too
 * (a visible gambling ad), and the legal gate's searches need not run twice.
 */
const findingsByContext = new WeakMap<GateContext, GateFinding[]>();

export const checkLegal: GateCheck = (ctx) => {
  let findings = findingsByContext.get(ctx);
  if (!findings) findingsByContext.set(ctx, (findings = legalFindings(ctx)));
  return findings;
};

function legalFindings(ctx: GateContext): GateFinding[] {
  const text = ctx.doc.text;
  const findings = lexiconFindings(ctx, 'legal', regradeLegal).filter(
    (f) =>
      !CALLED_CRIMINAL.has(f.rule) ||
      (!namesCrime(text, f.end) &&
        (f.rule !== 'legal.suspect-called-criminal' || !genericOffenders(text, f.start, f.end))),
  );
  findings.push(...familyFindings(ctx));
  for (let i = 0; i < findings.length; i++) {
    if (!hiddenInPage(ctx, findings[i]!)) findings[i] = reportedCase(ctx, findings[i]!);
  }
  const minors = findMinorIdentity(ctx);
  const byClass = findMinorByClass(ctx, minors);
  const bySchool = findMinorBySchool(ctx, [...minors, ...byClass]);
  findings.push(...minors, ...byClass, ...bySchool);
  findings.push(...findMinorBracketedSchool(ctx, [...minors, ...byClass, ...bySchool]));
  findings.push(...findVictimRelatives(ctx.doc.text));
  for (const span of findGamblingLinks(ctx.doc.text)) {
    // A case report may name the site, not hand out its address (境外赌博网站“金沙娱乐”（www.…）); a
    // casino brand already tells what the site is, so its address unmasked after it (原告称其在“金沙
    // 娱乐城”网站（www.js8866.vip）充值) spreads the site whatever is said of it after.
    const severity = regradeLegal(span, 'block', ctx);
    findings.push({
      gate: 'legal',
      rule: 'legal.gambling-link',
      severity:
        severity === 'info' &&
        (unmaskedCaseSite(ctx.doc.text, span) || unmaskedBrandSite(ctx.doc.text, span))
          ? 'warn'
          : severity,
      ...span,
      message: '赌博网站品牌附带网址或域名，涉赌内容',
    });
  }
  if (ctx.doc.html)
    for (const { text: span } of findGamblingAnchors(ctx.doc.source, ctx.doc.html)) {
      // A brand the pattern rules already report (威尼斯人娱乐) is one finding, not two.
      if (findings.some((f) => f.start === span.start && f.end === span.end)) continue;
      findings.push({
        gate: 'legal',
        rule: 'legal.gambling-link',
        severity: regradeLegal(span, 'block', ctx),
        ...span,
        message: '链接文字为赌博网站品牌，涉赌内容',
      });
    }
  findings.push(...findPiracyOffers(ctx));
  findings.push(...findMisnamedStatutes(ctx.doc.text));
  for (const url of findUrls(ctx.doc.text)) {
    const kind =
      ctx.rules.classifyHost(url.hostname, url.domain) ??
      (isSuspiciousHost(url.hostname) || isDrugHost(url.hostname) ? 'suspected' : undefined);
    if (!kind) {
      // A host posing as a public service or a bank (etc-rzzx.top): the link of a phishing notice.
      if (isPhishingHost(url.hostname))
        findings.push({
          gate: 'legal',
          rule: 'legal.fraud',
          severity: inWarningFrame(ctx.doc.text, url.start, url.end) ? 'info' : 'warn',
          start: url.start,
          end: url.end,
          message: '网址仿冒政务服务或金融机构，疑似钓鱼诈骗网站',
        });
      continue;
    }
    const known = kind === 'known';
    // A suspected host named in an anti-fraud or anti-gambling warning is an example, not a link.
    // But one given as the site of a gambling or fraud case (涉案赌博网站为www.…) spells out, unmasked,
    // the address a warning should hide (www.wns***.vip).
    const warned =
      !known &&
      inWarningFrame(ctx.doc.text, url.start, url.end) &&
      !offeredInClause(ctx.doc.text, url) &&
      (/[*＊×xX]{2,}/.test(ctx.doc.text.slice(url.start, url.end)) ||
        !NAMED_CASE_SITE.test(ctx.doc.text.slice(Math.max(0, url.start - 16), url.start)));
    findings.push({
      gate: 'legal',
      rule: known ? 'legal.illegal-site' : 'legal.suspected-illegal-site',
      severity: known ? 'block' : warned ? 'info' : 'warn',
      start: url.start,
      end: url.end,
      message: known ? '链接指向已知违法网站' : '链接疑似指向赌博、色情、涉毒或翻墙网站',
    });
  }
  // Whatever a page hides is spam, not a mention: a hidden legal term informs no reader.
  return findings.map((f) =>
    f.severity === 'info' && hiddenInPage(ctx, f) ? { ...f, severity: 'warn' } : f,
  );
}
