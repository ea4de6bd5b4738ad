/**
 * @module @govmedia/textcheck/spelling
 * The text gate's typo and wrong-word detector (文字关). Browser-safe: it takes already-loaded
 * model objects; `src/node/typo-detector.ts` loads them from `lexicons/spelling/` in Node.
 */
export { createTypoDetector, type TypoDetectorOptions } from './typo-detector.ts';
export type { SpellingModel } from './spelling-model.ts';
export { DEFAULT_TYPO_OPTIONS, type TypoRuleOptions } from './typo-rule.ts';
export { parseLexicon, type Lexicon } from './lexicon.ts';
export { parseConfusionSet, type ConfusionSet, type ConfusionTier } from './confusion.ts';
export { parseLookAlikes } from './look-alikes.ts';
export { decodeNgramModel, type NgramModel } from './ngram-model.ts';
export {
  createLanguageModel,
  type LanguageModel,
  type WeightedNgramModel,
} from './language-model.ts';
export { parseWrongWords, type WrongWord } from './wrong-words.ts';
export { parseSeriousNames, type SeriousName, type SeriousNameKind } from './serious-names.ts';
export { parseLeaderTable, type LeaderEntry } from './leader-table.ts';
export { parseDeDiDeTable, type DeDiDeTable } from './de-di-de.ts';
export type { DivisionTable } from './division-table.ts';
export { createProperNameGuard, type ProperNameGuard } from './proper-name-guard.ts';
