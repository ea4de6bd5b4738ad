// Confidentiality gate (保密关): classification markings (机密★1年), internal-only markings
// (内部资料, 不得外传) and classified document numbers; a marking quoted or in a rule sentence of
// secrecy education informs (confidentiality-rule-statements.ts), and a trailing note of secrecy is
// reported over the content it holds back (confidentiality-governed-content.ts).
// The gate reads the listed terms (their regrade: confidentiality-term-regrade.ts), the families of
// wording (confidentiality-families.ts) and the document numbers (confidentiality-doc-numbers.ts).
import { regradeClosedCheck } from './confidentiality-clue-referrals.ts';
import { docNumberFindings } from './confidentiality-doc-numbers.ts';
import { familyFindings } from './confidentiality-families.ts';
import { coverGovernedContent } from './confidentiality-governed-content.ts';
import { regradeLevelLesson } from './confidentiality-level-lessons.ts';
import { regradeRuleStatement } from './confidentiality-rule-statements.ts';
import { regradeConfidentiality } from './confidentiality-term-regrade.ts';
import { regradeTradeSecret } from './confidentiality-trade-secrets.ts';
import type { GateCheck } from './gate-context.ts';
import { lexiconFindings } from './lexicon-findings.ts';

export const checkConfidentiality: GateCheck = (ctx) => {
  const text = ctx.doc.text;
  const findings = [
    ...lexiconFindings(ctx, 'confidentiality', regradeConfidentiality).map((f) =>
      regradeClosedCheck(regradeTradeSecret(f, text), text),
    ),
    ...familyFindings(text),
    ...docNumberFindings(text),
  ];
  return findings.map((f) =>
    coverGovernedContent(text, regradeLevelLesson(text, regradeRuleStatement(text, f))),
  );
};
