// The legal gate's pattern families, each with the regrade that tells an offer or a statement of
// the account's own from a mention, in the order the gate reports them. A new family is one row.
import {
  RECIPE_PATTERNS,
  regradeAdvice,
  SELF_MEDICATION_PATTERNS,
} from './legal-advice-patterns.ts';
import {
  COMPANION_PATTERNS,
  LEGAL_LURE_PATTERNS,
  POPPY_SALE_PATTERNS,
  regradeCompanion,
} from './legal-lure-patterns.ts';
import { DRUG_HOWTO_PATTERNS, regradeDrugHowTo } from './legal-drug-howto.ts';
import { DRUG_CROP_ALLOWED_PATTERNS, regradeCropAllowed } from './legal-drug-crop-allowed.ts';
import { POPPY_DISPLAY_PATTERNS, regradePoppyDisplay } from './legal-poppy-display.ts';
import { regradeUncertifiedInput, UNCERTIFIED_INPUT_PATTERNS } from './legal-uncertified-inputs.ts';
import { BANNED_FISHING_PATTERNS, regradeBannedFishing } from './legal-banned-fishing.ts';
import { BANNED_PESTICIDE_PATTERNS, regradeBannedPesticide } from './legal-banned-pesticides.ts';
import { CHILD_LABOUR_PATTERNS } from './legal-child-labour.ts';
import {
  regradeWorkInjuryDeadline,
  WORK_INJURY_DEADLINE_PATTERNS,
} from './legal-work-injury-deadline.ts';
import { CIVIC_WRONG_PATTERNS, regradeCivicWrong } from './legal-civic-wrongs.ts';
import { DIRECTED_DUMPING_PATTERNS, regradeDirectedDumping } from './legal-directed-dumping.ts';
import {
  OFFERED_BANNED_SERVICE_PATTERNS,
  regradeOfferedBannedService,
} from './legal-offered-banned-service.ts';
import { regradeReplicaGunSale, REPLICA_GUN_SALE_PATTERNS } from './legal-replica-gun-sale.ts';
import {
  regradeRestraintPermitted,
  RESTRAINT_PERMITTED_PATTERNS,
} from './legal-restraint-permitted.ts';
import { LEGAL_HAZARD_OFFER_PATTERNS, regradeHazard } from './legal-hazard-offer-patterns.ts';
import { CIRCUMVENTION_PATTERNS, regradeCircumvention } from './legal-circumvention.ts';
import { DRUG_ICE_OFFER_PATTERNS } from './legal-drug-ice-offer.ts';
import { GAMING_PIRACY_PATTERNS } from './legal-gaming-piracy.ts';
import { UNLAWFUL_SUPPLY_PATTERNS } from './legal-unlawful-supply.ts';
import { SELF_HELP_TRAP_PATTERNS } from './legal-self-help-traps.ts';
import {
  ENDORSED_HARM_PATTERNS,
  ENDORSED_TRADE_PATTERNS,
  regradeEndorsedHarm,
  regradeEndorsedTrade,
  regradeWildGame,
  WILD_GAME_PATTERNS,
} from './legal-endorsed-harm.ts';
import { EXAM_PASS_PATTERNS } from './legal-exam-pass.ts';
import { BORROWED_QUALIFICATION_PATTERNS } from './legal-borrowed-qualification.ts';
import { CRACKED_SOFTWARE_PATTERNS, regradeCrackedSoftware } from './legal-cracked-software.ts';
import { EXPLICIT_ACT_PATTERNS } from './legal-explicit-acts.ts';
import { GORE_FOOTAGE_PATTERNS, regradeGoreFootage } from './legal-gore-footage.ts';
import { ONLINE_LOTTERY_PATTERNS, regradeOnlineLottery } from './legal-online-lottery.ts';
import { LEGAL_SERVICE_SCAM_PATTERNS, regradeServiceScam } from './legal-service-scam-patterns.ts';
import { LOAN_FEE_PATTERNS } from './legal-loan-fee.ts';
import { MATCH_BETTING_PATTERNS, regradeMatchBetting } from './legal-match-betting.ts';
import { GAMBLING_PLATFORM_PATTERNS } from './legal-gambling-platform.ts';
import { BANNED_ADDITIVE_PATTERNS } from './legal-banned-additive.ts';
import { regradeStakePermitted, STAKE_PERMITTED_PATTERNS } from './legal-stake-permitted.ts';
import { CHEAT_SOFTWARE_PATTERNS, regradeCheatSoftware } from './legal-cheat-software.ts';
import { PAID_FAVOUR_PATTERNS } from './legal-paid-favour.ts';
import { LEGAL_PATTERNS } from './legal-patterns.ts';
import { GORE_PATTERNS } from './legal-violence-patterns.ts';
import { UNMASKED_FOOTAGE_PATTERNS } from './legal-unmasked-footage.ts';
import { BUSINESS_LINE_PATTERNS } from './legal-business-lines.ts';
import {
  LEGAL_SCHEME_PATTERNS,
  NO_PRESCRIPTION_PATTERNS,
  noPrescriptionOffer,
  THREAT_PATTERNS,
} from './legal-scheme-patterns.ts';
import { INCITEMENT_PATTERNS, SUSPECT_PATTERNS } from './legal-statement-patterns.ts';
import { THEFT_METHOD_PATTERNS } from './legal-theft-method.ts';
import {
  CHEAT_ADVICE_PATTERNS,
  FAKE_PAPER_OFFER_PATTERNS,
  regradeCheatAdvice,
  regradeFakePaperOffer,
} from './legal-cheat-advice.ts';
import { ASSET_SHIELDING_PATTERNS } from './legal-asset-shielding.ts';
import { PAID_RECORD_PATTERNS, regradePaidRecord } from './legal-paid-records.ts';
import { regradeUnmaskedContact, UNMASKED_CONTACT_PATTERNS } from './legal-unmasked-contact.ts';
import { EVASION_METHOD_PATTERNS } from './legal-evasion-method.ts';
import { DODGED_CHECK_PATTERNS, regradeDodgedCheck } from './legal-dodged-checks.ts';
import { ILLICIT_SALE_PATTERNS, regradeIllicitSale } from './legal-illicit-sales.ts';
import { FORBIDDEN_GOODS_PATTERNS } from './legal-forbidden-goods.ts';
import { FALSE_CLAIM_PATTERNS } from './legal-false-claims.ts';
import { FORBIDDEN_SERVICE_PATTERNS, regradeForbiddenService } from './legal-forbidden-services.ts';
import { regradeWrongedParty, WRONGED_PARTY_PATTERNS } from './legal-wronged-parties.ts';
import {
  EXPROPRIATION_PRESSURE_PATTERNS,
  HIRED_PRESSURE_PATTERNS,
  regradeExpropriationPressure,
  regradeHiredPressure,
} from './legal-hired-pressure.ts';
import { regradeVow, VIOLENT_VOW_PATTERNS } from './legal-violent-vows.ts';
import {
  APPLAUDED_BEATING_PATTERNS,
  PRIVATE_PUNISHMENT_PATTERNS,
  regradePermittedPunishment,
  HELD_FOR_FINE_PATTERNS,
  regradeHeldForFine,
  RULED_PUNISHMENT_PATTERNS,
} from './legal-private-punishment.ts';
import { EMERGENCY_LANE_PATTERNS, regradeEmergencyLane } from './legal-emergency-lane.ts';
import { ASSET_DISPOSAL_PATTERNS, regradeAssetDisposal } from './legal-asset-disposal.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import {
  ENDORSED_ABUSE_PATTERNS,
  regradeEndorsedAbuse,
  regradeToleratedWrong,
  TOLERATED_WRONG_PATTERNS,
} from './legal-tolerated-wrongs.ts';
import type { Regrade } from './lexicon-findings.ts';
import { regradeMention } from './mention-regrade.ts';
import {
  ACCESS_HANDED_PATTERNS,
  keepAccessHanded,
  regradeAccessHanded,
} from './legal-access-handed.ts';
import { CUSTOMS_EVASION_PATTERNS, regradeCustomsEvasion } from './legal-customs-evasion.ts';
import { CHECK_DODGE_PATTERNS, regradeCheckDodge } from './legal-check-dodges.ts';
import { ARMED_ADVICE_PATTERNS } from './legal-armed-advice.ts';
import { WILD_TAKING_PATTERNS } from './legal-wild-takings.ts';
import { IMPROPER_SERVICE_PATTERNS } from './legal-improper-services.ts';
import { regradeWorkplaceWrong, WORKPLACE_WRONG_PATTERNS } from './legal-workplace-wrongs.ts';
import { UNLAWFUL_OFFER_PATTERNS } from './legal-unlawful-offers.ts';
import {
  PRICE_FIXING_PATTERNS,
  regradePriceFixing,
  RIGGED_DEALING_PATTERNS,
} from './legal-rigged-dealings.ts';
import {
  regradeStreamedClass,
  regradeUnequalTreatment,
  STREAMED_CLASS_PATTERNS,
  UNEQUAL_TREATMENT_PATTERNS,
} from './legal-unequal-treatment.ts';
import {
  OVERREACHING_SANCTION_PATTERNS,
  regradeOverreachingSanction,
} from './legal-overreaching-sanctions.ts';
import {
  IMPOUND_FEE_PATTERNS,
  regradeImpoundFee,
  regradeUnlawfulSanction,
  UNLAWFUL_SANCTION_PATTERNS,
} from './legal-unlawful-sanctions.ts';
import { regradeUnfairTerm, UNFAIR_TERM_PATTERNS } from './legal-unfair-terms.ts';
import {
  MISSTATED_LAW_PATTERNS,
  regradeMisstatedLaw,
  regradeReturnCarriage,
  RETURN_CARRIAGE_PATTERNS,
} from './legal-misstated-law.ts';
import { EXPOSED_IDENTITY_PATTERNS, regradeExposedIdentity } from './legal-exposed-identities.ts';
import { NAMED_SWINDLER_PATTERNS, regradeNamedSwindler } from './legal-named-swindler.ts';
import { MISSTATED_FIGURE_PATTERNS, regradeMisstatedFigure } from './legal-misstated-figures.ts';
import { STATUTE_CLAUSE_FIGURE_PATTERNS } from './legal-statute-clause-figures.ts';
import {
  COURT_ONLY_POWER_PATTERNS,
  FUND_DEBIT_PATTERNS,
  LAND_DEMOLITION_PATTERNS,
  LICENCE_ACTION_PATTERNS,
  regradeCourtOnlyPower,
  regradeFundDebit,
  regradeLicenceAction,
} from './legal-court-only-powers.ts';
import { CENSUS_DATA_USE_PATTERNS, regradeCensusDataUse } from './legal-census-data-use.ts';
import { SENTENCE_MAXIMUM_PATTERNS } from './legal-sentence-maxima.ts';
import { STATUTORY_THRESHOLD_PATTERNS } from './legal-statutory-thresholds.ts';
import { MEDIATION_SANCTION_PATTERNS } from './legal-mediation-sanctions.ts';
import { COERCIVE_SANCTION_PATTERNS, regradeCoerciveSanction } from './legal-coercive-sanctions.ts';
import { ABETTED_SCHEME_PATTERNS, regradeAbettedScheme } from './legal-abetted-schemes.ts';
import { MISSTATED_RULE_PATTERNS, regradeMisstatedRule } from './legal-misstated-rules.ts';
import {
  ADVISED_WRONG_PATTERNS,
  regradeAdvisedWrong,
  regradeWaivedPenalty,
  WAIVED_PENALTY_PATTERNS,
} from './legal-advised-wrongs.ts';
import { patternFindings, type PatternRule } from './pattern-findings.ts';
import {
  regradeApplaudedBeating,
  regradeJudged,
  regradeLegal,
  regradePoppySale,
  regradeRuledPunishment,
  regradeTrapAdvice,
} from './legal-regrade.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';
import { inWarningFrame } from './warning-frame.ts';

/** A family's findings are kept only where this holds (a finding it drops is not even info). */
type Keep = (finding: GateFinding, ctx: GateContext) => boolean;
type LegalFamily = readonly [rules: readonly PatternRule[], regrade?: Regrade, keep?: Keep];

/** Medicine offered without a prescription, outside a warning: 无需处方, 免处方购买. */
const prescriptionOffered: Keep = (f, ctx) =>
  !inWarningFrame(ctx.doc.text, f.start, f.end) &&
  noPrescriptionOffer(
    ctx.doc.text.slice(...sentenceAround(ctx.doc.text, f.start, f.end, SENTENCE_END)),
  );

const LEGAL_FAMILIES: readonly LegalFamily[] = [
  [LEGAL_PATTERNS, regradeLegal],
  [LEGAL_LURE_PATTERNS, regradeLegal],
  [LOAN_FEE_PATTERNS, regradeLegal],
  [ONLINE_LOTTERY_PATTERNS, regradeOnlineLottery],
  [COMPANION_PATTERNS, regradeCompanion],
  [POPPY_SALE_PATTERNS, regradePoppySale],
  [GORE_PATTERNS, regradeMention],
  [UNMASKED_FOOTAGE_PATTERNS],
  [BUSINESS_LINE_PATTERNS, regradeMention],
  [SUSPECT_PATTERNS, regradeJudged],
  [INCITEMENT_PATTERNS],
  [THREAT_PATTERNS],
  [THEFT_METHOD_PATTERNS],
  [EVASION_METHOD_PATTERNS],
  [DODGED_CHECK_PATTERNS, regradeDodgedCheck],
  [ILLICIT_SALE_PATTERNS, regradeIllicitSale],
  [FORBIDDEN_GOODS_PATTERNS, regradeForbiddenService],
  [FORBIDDEN_SERVICE_PATTERNS, regradeForbiddenService],
  [WRONGED_PARTY_PATTERNS, regradeWrongedParty],
  [FALSE_CLAIM_PATTERNS, regradeDodgedCheck],
  [ASSET_SHIELDING_PATTERNS],
  [UNMASKED_CONTACT_PATTERNS, regradeUnmaskedContact],
  [LEGAL_SCHEME_PATTERNS, regradeLegal],
  [LEGAL_SERVICE_SCAM_PATTERNS, regradeServiceScam],
  [LEGAL_HAZARD_OFFER_PATTERNS, regradeHazard],
  [PAID_FAVOUR_PATTERNS, regradeHazard],
  [MATCH_BETTING_PATTERNS, regradeMatchBetting(regradeLegal)],
  [GAMBLING_PLATFORM_PATTERNS, regradeLegal],
  [BANNED_ADDITIVE_PATTERNS, regradeLegal],
  [STAKE_PERMITTED_PATTERNS, regradeStakePermitted],
  [CHEAT_SOFTWARE_PATTERNS, regradeCheatSoftware],
  [NO_PRESCRIPTION_PATTERNS, undefined, prescriptionOffered],
  [RECIPE_PATTERNS],
  [EXPLICIT_ACT_PATTERNS],
  [DRUG_HOWTO_PATTERNS, regradeDrugHowTo],
  [SELF_MEDICATION_PATTERNS, regradeAdvice],
  [DRUG_CROP_ALLOWED_PATTERNS, regradeCropAllowed],
  [POPPY_DISPLAY_PATTERNS, regradePoppyDisplay],
  [UNCERTIFIED_INPUT_PATTERNS, regradeUncertifiedInput],
  [BANNED_FISHING_PATTERNS, regradeBannedFishing],
  [BANNED_PESTICIDE_PATTERNS, regradeBannedPesticide],
  [CHILD_LABOUR_PATTERNS, regradeLegal],
  [WORK_INJURY_DEADLINE_PATTERNS, regradeWorkInjuryDeadline],
  [OFFERED_BANNED_SERVICE_PATTERNS, regradeOfferedBannedService],
  [REPLICA_GUN_SALE_PATTERNS, regradeReplicaGunSale],
  [RESTRAINT_PERMITTED_PATTERNS, regradeRestraintPermitted],
  [GORE_FOOTAGE_PATTERNS, regradeGoreFootage],
  [EXAM_PASS_PATTERNS, regradeLegal],
  [BORROWED_QUALIFICATION_PATTERNS, regradeLegal],
  [CRACKED_SOFTWARE_PATTERNS, regradeCrackedSoftware],
  [DRUG_ICE_OFFER_PATTERNS, regradeLegal],
  [GAMING_PIRACY_PATTERNS, regradeLegal],
  [UNLAWFUL_SUPPLY_PATTERNS, regradeLegal],
  [SELF_HELP_TRAP_PATTERNS, regradeTrapAdvice],
  [ENDORSED_HARM_PATTERNS, regradeEndorsedHarm],
  [ENDORSED_TRADE_PATTERNS, regradeEndorsedTrade],
  [WILD_GAME_PATTERNS, regradeWildGame],
  [CIRCUMVENTION_PATTERNS, regradeCircumvention],
  [VIOLENT_VOW_PATTERNS, regradeVow],
  [PRIVATE_PUNISHMENT_PATTERNS, regradePermittedPunishment],
  [HELD_FOR_FINE_PATTERNS, regradeHeldForFine],
  [CHEAT_ADVICE_PATTERNS, regradeCheatAdvice],
  [FAKE_PAPER_OFFER_PATTERNS, regradeFakePaperOffer],
  [TOLERATED_WRONG_PATTERNS, regradeToleratedWrong],
  [ENDORSED_ABUSE_PATTERNS, regradeEndorsedAbuse],
  [HIRED_PRESSURE_PATTERNS, regradeHiredPressure],
  [EXPROPRIATION_PRESSURE_PATTERNS, regradeExpropriationPressure],
  [APPLAUDED_BEATING_PATTERNS, regradeApplaudedBeating],
  [RULED_PUNISHMENT_PATTERNS, regradeRuledPunishment],
  [EMERGENCY_LANE_PATTERNS, regradeEmergencyLane],
  [ASSET_DISPOSAL_PATTERNS, regradeAssetDisposal],
  [PAID_RECORD_PATTERNS, regradePaidRecord],
  [ACCESS_HANDED_PATTERNS, regradeAccessHanded, keepAccessHanded],
  [CUSTOMS_EVASION_PATTERNS, regradeCustomsEvasion],
  [CIVIC_WRONG_PATTERNS, regradeCivicWrong],
  [DIRECTED_DUMPING_PATTERNS, regradeDirectedDumping],
  [CHECK_DODGE_PATTERNS, regradeCheckDodge],
  [ARMED_ADVICE_PATTERNS, regradeCheckDodge],
  [WILD_TAKING_PATTERNS, regradeCheckDodge],
  [IMPROPER_SERVICE_PATTERNS, regradeCheckDodge],
  [WORKPLACE_WRONG_PATTERNS, regradeWorkplaceWrong],
  [UNLAWFUL_OFFER_PATTERNS, regradeCheckDodge],
  [RIGGED_DEALING_PATTERNS, regradeCheckDodge],
  [PRICE_FIXING_PATTERNS, regradePriceFixing],
  [UNEQUAL_TREATMENT_PATTERNS, regradeUnequalTreatment],
  [UNLAWFUL_SANCTION_PATTERNS, regradeUnlawfulSanction],
  [MEDIATION_SANCTION_PATTERNS, regradeUnlawfulSanction],
  [IMPOUND_FEE_PATTERNS, regradeImpoundFee],
  [UNFAIR_TERM_PATTERNS, regradeUnfairTerm],
  [MISSTATED_LAW_PATTERNS, regradeMisstatedLaw],
  [RETURN_CARRIAGE_PATTERNS, regradeReturnCarriage],
  [EXPOSED_IDENTITY_PATTERNS, regradeExposedIdentity],
  [NAMED_SWINDLER_PATTERNS, regradeNamedSwindler],
  [ABETTED_SCHEME_PATTERNS, regradeAbettedScheme],
  [MISSTATED_FIGURE_PATTERNS, regradeMisstatedFigure],
  [STATUTE_CLAUSE_FIGURE_PATTERNS, regradeMisstatedFigure],
  [SENTENCE_MAXIMUM_PATTERNS, regradeMisstatedFigure],
  [STATUTORY_THRESHOLD_PATTERNS, regradeMisstatedFigure],
  [COERCIVE_SANCTION_PATTERNS, regradeCoerciveSanction],
  [STREAMED_CLASS_PATTERNS, regradeStreamedClass],
  [OVERREACHING_SANCTION_PATTERNS, regradeOverreachingSanction],
  [MISSTATED_RULE_PATTERNS, regradeMisstatedRule],
  [ADVISED_WRONG_PATTERNS, regradeAdvisedWrong],
  [WAIVED_PENALTY_PATTERNS, regradeWaivedPenalty],
  [COURT_ONLY_POWER_PATTERNS, regradeCourtOnlyPower],
  [LAND_DEMOLITION_PATTERNS, regradeCourtOnlyPower],
  [FUND_DEBIT_PATTERNS, regradeFundDebit],
  [LICENCE_ACTION_PATTERNS, regradeLicenceAction],
  [CENSUS_DATA_USE_PATTERNS, regradeCensusDataUse],
];

/** Every pattern family's findings, regraded and kept as its row says. */
export function familyFindings(ctx: GateContext): GateFinding[] {
  const out: GateFinding[] = [];
  for (const [rules, regrade, keep] of LEGAL_FAMILIES) {
    const found = patternFindings(ctx, 'legal', rules, regrade);
    out.push(...(keep ? found.filter((f) => keep(f, ctx)) : found));
  }
  return out;
}
