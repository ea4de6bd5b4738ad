// Legal gate (法律关): pornography, gambling, drugs, fraud, violence, illegal sites, "犯罪分子"
// before judgement, identity of minors in criminal cases.
import { findUrls } from '../rules/patterns/url.ts';
import type { GateCheck } from './gate-context.ts';
import { lexiconFindings } from './lexicon-findings.ts';
import { regradeMention } from './mention-regrade.ts';
import { findMinorIdentity } from './minor-identity.ts';

export const checkLegal: GateCheck = (ctx) => {
  const findings = lexiconFindings(ctx, 'legal', regradeMention);
  findings.push(...findMinorIdentity(ctx));
  for (const url of findUrls(ctx.doc.text)) {
    const kind = ctx.rules.classifyHost(url.hostname, url.domain);
    if (!kind) continue;
    const known = kind === 'known';
    findings.push({
      gate: 'legal',
      rule: known ? 'legal.illegal-site' : 'legal.suspected-illegal-site',
      severity: known ? 'block' : 'warn',
      start: url.start,
      end: url.end,
      message: known ? '链接指向已知违法网站' : '链接疑似指向赌博或色情网站',
    });
  }
  return findings;
};
