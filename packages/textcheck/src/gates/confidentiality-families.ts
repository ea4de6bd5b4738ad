// The confidentiality gate's families of wording, one table in the order their findings are listed,
// and the one loop that reports their matches. A new family is a row, or a module's rows spread in.
import { AWAITING_DECISION_FAMILIES } from './confidentiality-awaiting-decision.ts';
import { BIDDER_NAME_FAMILIES } from './confidentiality-bidder-names.ts';
import { CANDIDATE_FAMILIES } from './confidentiality-candidates.ts';
import { CASE_DELIBERATION_FAMILIES } from './confidentiality-case-deliberation.ts';
import { CASE_LEAK_FAMILIES } from './confidentiality-case-leaks.ts';
import { CASE_SOURCE_FAMILIES } from './confidentiality-case-sources.ts';
import { CRITICAL_SYSTEM_FAMILIES } from './confidentiality-critical-systems.ts';
import { DEFENCE_PLAN_FAMILIES } from './confidentiality-defence-plans.ts';
import { CLUE_REFERRAL_FAMILIES } from './confidentiality-clue-referrals.ts';
import {
  CIRCULATION_LIMIT_FAMILIES,
  REPRODUCTION_LIMIT_FAMILIES,
} from './confidentiality-copy-limits.ts';
import { EARLY_FACT_FAMILIES } from './confidentiality-early-facts.ts';
import { EARLY_STATISTICS_FAMILIES } from './confidentiality-early-statistics.ts';
import { ESCORT_TIMETABLE_FAMILIES } from './confidentiality-escort-timetables.ts';
import { EXAM_PAPER_FAMILIES } from './confidentiality-exam-paper.ts';
import { EXAM_QUESTION_FAMILIES } from './confidentiality-exam-questions.ts';
import { EXPOSED_SITE_FAMILIES } from './confidentiality-exposed-sites.ts';
import { EXPROPRIATION_FAMILIES } from './confidentiality-expropriation.ts';
import { EXTERNAL_LINE_FAMILIES } from './confidentiality-external-line.ts';
import type { Family } from './confidentiality-family.ts';
import { GUARD_ARRANGEMENT_FAMILIES } from './confidentiality-guard-arrangements.ts';
import { GUARD_ROUTE_FAMILIES } from './confidentiality-guard-routes.ts';
import { HANDLING_NOTE_FAMILIES } from './confidentiality-handling-notes.ts';
import { INTERNAL_CIRCULATION_FAMILIES } from './confidentiality-internal-circulation.ts';
import { INTERNAL_JUDGEMENT_FAMILIES } from './confidentiality-internal-judgements.ts';
import { INTERNAL_FAMILIES } from './confidentiality-internal.ts';
import { INVESTIGATION_SECRET_FAMILIES } from './confidentiality-investigation-secrets.ts';
import { INVESTIGATION_MEANS_FAMILIES } from './confidentiality-investigation-means.ts';
import { LEAKED_FIGURE_FAMILIES } from './confidentiality-leaked-figures.ts';
import { LEVEL_FIELD_FAMILIES, MARKING_FAMILIES } from './confidentiality-markings.ts';
import { MEETING_LEANING_FAMILIES } from './confidentiality-meeting-leanings.ts';
import { MEETING_POSITION_FAMILIES } from './confidentiality-meeting-positions.ts';
import { MILITARY_MOVEMENT_FAMILIES } from './confidentiality-military-movements.ts';
import { MILITARY_UNIT_FAMILIES } from './confidentiality-military-units.ts';
import { MINERAL_SITE_FAMILIES } from './confidentiality-mineral-sites.ts';
import { NEGOTIATION_TERM_FAMILIES } from './confidentiality-negotiation-terms.ts';
import { PENDING_DECISION_FAMILIES } from './confidentiality-pending-decisions.ts';
import { PERSONAL_RECORD_FAMILIES } from './confidentiality-personal-records.ts';
import { PERSONNEL_DRAFT_FAMILIES } from './confidentiality-personnel-drafts.ts';
import { PLANNED_RAID_FAMILIES } from './confidentiality-planned-raids.ts';
import { PRELIMINARY_RESULT_FAMILIES } from './confidentiality-preliminary-results.ts';
import { PROCESS_SECRET_FAMILIES } from './confidentiality-process-secrets.ts';
import { PROTECTED_SITE_FAMILIES } from './confidentiality-protected-sites.ts';
import { RECRUIT_QUOTA_FAMILIES } from './confidentiality-recruit-quotas.ts';
import { SECURE_TRANSPORT_FAMILIES } from './confidentiality-secure-transport.ts';
import { SECURITY_DEPLOYMENT_FAMILIES } from './confidentiality-security-deployment.ts';
import { SECURITY_GAP_FAMILIES } from './confidentiality-security-gaps.ts';
import { SELF_TAG_FAMILIES } from './confidentiality-self-tags.ts';
import { TRIAL_FAMILIES } from './confidentiality-trials.ts';
import { UNRELEASED_CONTENT_FAMILIES } from './confidentiality-unreleased-content.ts';
import { UNRELEASED_FIGURE_FAMILIES } from './confidentiality-unreleased-figures.ts';
import { WATCH_LIST_FAMILIES } from './confidentiality-watch-lists.ts';
import { STOCK_SHORTFALL_FAMILIES } from './confidentiality-stock-shortfalls.ts';
import { SYSTEM_WEAKNESS_FAMILIES } from './confidentiality-system-weaknesses.ts';
import { MILITARY_SCHEDULE_FAMILIES } from './confidentiality-military-schedules.ts';
import { CARGO_RUN_FAMILIES } from './confidentiality-cargo-runs.ts';
import { SUCCESSOR_FAMILIES } from './confidentiality-successors.ts';
import { MARKED_PAPER_FAMILIES } from './confidentiality-marked-papers.ts';
import { EARLY_RESULT_FAMILIES } from './confidentiality-early-results.ts';
import { UNANNOUNCED_DECISION_FAMILIES } from './confidentiality-unannounced-decisions.ts';
import { UNANNOUNCED_CHECK_FAMILIES } from './confidentiality-unannounced-checks.ts';
import { WEAK_POINT_FAMILIES } from './confidentiality-weak-points.ts';
import { SENSITIVE_SITE_FAMILIES } from './confidentiality-sensitive-sites.ts';
import { EARLY_FIGURE_FAMILIES } from './confidentiality-early-figures.ts';
import { PROTECTED_PEOPLE_FAMILIES } from './confidentiality-protected-people.ts';
import { CLOSED_MATTER_FAMILIES } from './confidentiality-closed-matters.ts';
import { HAZARD_STORE_FAMILIES } from './confidentiality-hazard-stores.ts';
import { MOVEMENT_AHEAD_FAMILIES } from './confidentiality-movements-ahead.ts';
import { NETWORK_DETAIL_FAMILIES } from './confidentiality-network-details.ts';
import { OFFICE_WIFI_FAMILIES } from './confidentiality-office-wifi.ts';
import { ENFORCEMENT_TELL_FAMILIES } from './confidentiality-enforcement-tells.ts';
import { UNAPPROVED_PLAN_FAMILIES } from './confidentiality-unapproved-plans.ts';
import { DRAFT_FIGURE_FAMILIES } from './confidentiality-draft-figures.ts';
import { PRESS_LINE_FAMILIES } from './confidentiality-press-lines.ts';
import { FIRM_DISTRESS_FAMILIES } from './confidentiality-firm-distress.ts';
import { EXPOSED_PERSON_FAMILIES } from './confidentiality-exposed-persons.ts';
import { TECHNICAL_SPEC_FAMILIES } from './confidentiality-technical-specs.ts';
import type { GateFinding } from './gate-context.ts';
import { guard, guardedMatches, mayMatch } from './regex-guard.ts';
import { UNDECIDED_FAMILIES } from './undecided-matters.ts';

/** Every family, in the order their findings are listed. */
const FAMILIES: Family[] = [
  ...LEVEL_FIELD_FAMILIES,
  ...PERSONNEL_DRAFT_FAMILIES,
  ...REPRODUCTION_LIMIT_FAMILIES,
  ...MARKING_FAMILIES,
  ...EXAM_PAPER_FAMILIES,
  ...CIRCULATION_LIMIT_FAMILIES,
  ...INTERNAL_FAMILIES,
  ...UNDECIDED_FAMILIES,
  ...EARLY_FACT_FAMILIES,
  ...SECURE_TRANSPORT_FAMILIES,
  ...GUARD_ARRANGEMENT_FAMILIES,
  ...LEAKED_FIGURE_FAMILIES,
  ...MILITARY_UNIT_FAMILIES,
  ...RECRUIT_QUOTA_FAMILIES,
  ...MINERAL_SITE_FAMILIES,
  ...EXPOSED_SITE_FAMILIES,
  ...EARLY_STATISTICS_FAMILIES,
  ...CLUE_REFERRAL_FAMILIES,
  ...INTERNAL_CIRCULATION_FAMILIES,
  ...SELF_TAG_FAMILIES,
  ...CANDIDATE_FAMILIES,
  ...TRIAL_FAMILIES,
  ...UNRELEASED_CONTENT_FAMILIES,
  ...MEETING_POSITION_FAMILIES,
  ...MEETING_LEANING_FAMILIES,
  ...WATCH_LIST_FAMILIES,
  ...INVESTIGATION_MEANS_FAMILIES,
  ...PLANNED_RAID_FAMILIES,
  ...CASE_DELIBERATION_FAMILIES,
  ...EXAM_QUESTION_FAMILIES,
  ...EXTERNAL_LINE_FAMILIES,
  ...PENDING_DECISION_FAMILIES,
  ...EXPROPRIATION_FAMILIES,
  ...CASE_LEAK_FAMILIES,
  ...BIDDER_NAME_FAMILIES,
  ...AWAITING_DECISION_FAMILIES,
  ...PRELIMINARY_RESULT_FAMILIES,
  ...INTERNAL_JUDGEMENT_FAMILIES,
  ...HANDLING_NOTE_FAMILIES,
  ...SECURITY_DEPLOYMENT_FAMILIES,
  ...GUARD_ROUTE_FAMILIES,
  ...CRITICAL_SYSTEM_FAMILIES,
  ...DEFENCE_PLAN_FAMILIES,
  ...PROCESS_SECRET_FAMILIES,
  ...INVESTIGATION_SECRET_FAMILIES,
  ...SECURITY_GAP_FAMILIES,
  ...PROTECTED_SITE_FAMILIES,
  ...MILITARY_MOVEMENT_FAMILIES,
  ...ESCORT_TIMETABLE_FAMILIES,
  ...PERSONAL_RECORD_FAMILIES,
  ...CASE_SOURCE_FAMILIES,
  ...NEGOTIATION_TERM_FAMILIES,
  ...UNRELEASED_FIGURE_FAMILIES,
  ...STOCK_SHORTFALL_FAMILIES,
  ...SYSTEM_WEAKNESS_FAMILIES,
  ...MILITARY_SCHEDULE_FAMILIES,
  ...CARGO_RUN_FAMILIES,
  ...SUCCESSOR_FAMILIES,
  ...MARKED_PAPER_FAMILIES,
  ...EARLY_RESULT_FAMILIES,
  ...UNANNOUNCED_DECISION_FAMILIES,
  ...UNANNOUNCED_CHECK_FAMILIES,
  ...WEAK_POINT_FAMILIES,
  ...SENSITIVE_SITE_FAMILIES,
  ...EARLY_FIGURE_FAMILIES,
  ...PROTECTED_PEOPLE_FAMILIES,
  ...CLOSED_MATTER_FAMILIES,
  ...HAZARD_STORE_FAMILIES,
  ...MOVEMENT_AHEAD_FAMILIES,
  ...NETWORK_DETAIL_FAMILIES,
  ...OFFICE_WIFI_FAMILIES,
  ...ENFORCEMENT_TELL_FAMILIES,
  ...UNAPPROVED_PLAN_FAMILIES,
  ...DRAFT_FIGURE_FAMILIES,
  ...PRESS_LINE_FAMILIES,
  ...FIRM_DISTRESS_FAMILIES,
  ...EXPOSED_PERSON_FAMILIES,
  ...TECHNICAL_SPEC_FAMILIES,
];

for (const family of FAMILIES) guard(family.re);

/** Every family's findings in the text, in the table's order. */
export function familyFindings(text: string): GateFinding[] {
  const findings: GateFinding[] = [];
  for (const family of FAMILIES) {
    // The family's own expression rules a post out cheaply (regex-guard.ts); its condition may not.
    if (!mayMatch(family.re, text) || (family.when && !family.when(text))) continue;
    for (const m of guardedMatches(family.re, text)) {
      if (family.accept && !family.accept(m[0])) continue;
      if (family.acceptAt && !family.acceptAt(text, m.index)) continue;
      if (family.notAfter?.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const end = m.index + m[0].length;
      const widen = family.widenLeft?.exec(text.slice(Math.max(0, m.index - 8), m.index));
      const start = family.tail ? end - family.tail : m.index - (widen?.[0].length ?? 0);
      findings.push({
        gate: 'confidentiality',
        rule: family.rule,
        severity: family.severity,
        start,
        end,
        message: family.message,
      });
    }
  }
  return findings;
}
