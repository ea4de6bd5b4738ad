// Policy gate (政策关): superseded bodies, policies and formulations (a dated list), and the
// document-number format 〔2018〕 not [2018].
import { findDocNumbers } from '../rules/patterns/doc-number.ts';
import type { GateCheck } from './gate-context.ts';
import { lexiconFindings } from './lexicon-findings.ts';

export const checkPolicy: GateCheck = (ctx) => {
  const findings = lexiconFindings(ctx, 'policy');
  for (const hit of findDocNumbers(ctx.doc.text)) {
    if (!hit.corrected) continue;
    findings.push({
      gate: 'policy',
      rule: 'policy.document-number-format',
      severity: 'warn',
      start: hit.numberStart,
      end: hit.end,
      message: '发文字号格式不规范：年份用六角括号〔〕，序号不加“第”，不编虚位',
      suggestion: hit.corrected,
    });
  }
  return findings;
};
