// Political gate (政治关): official formulations, Hong Kong/Macao/Taiwan wording, names of the
// country, state bodies and leaders, slogans, discriminatory words, administrative hierarchy.
import { findDivisionErrors } from '../rules/divisions.ts';
import type { GateCheck, GateFinding } from './gate-context.ts';
import { lexiconFindings } from './lexicon-findings.ts';

export const DIVISION_GROUPS = {
  provinces: 'div:provinces',
  prefectures: 'div:prefectures',
} as const;

export const checkPolitical: GateCheck = (ctx) => {
  const findings = lexiconFindings(ctx, 'political');
  const errors = findDivisionErrors(
    ctx.rules.divisions,
    ctx.doc.text,
    ctx.scan.groups.get(DIVISION_GROUPS.provinces) ?? [],
    ctx.scan.groups.get(DIVISION_GROUPS.prefectures) ?? [],
  );
  for (const error of errors) {
    const finding: GateFinding = {
      gate: 'political',
      rule: 'political.division-hierarchy',
      severity: 'block',
      start: error.start,
      end: error.end,
      message: error.message,
    };
    if (error.suggestion) finding.suggestion = error.suggestion;
    findings.push(finding);
  }
  return findings;
};
