/**
 * @module @govmedia/textcheck
 * The checking engine: normalisation, multi-pattern matching, rules and the review gates.
 * Pure TypeScript with no Node built-ins, so it runs in Node, worker threads and the browser.
 */
export * from './finding.ts';
export type { Match, MatchMode, PatternMatcher } from './matcher/types.ts';
export type { NormalizeOptions, NormalizedText } from './normalize/types.ts';
export {
  buildMatcher,
  buildNaiveMatcher,
  buildNormalizedMatcher,
  type MatcherOptions,
} from './matcher/index.ts';
export { normalize, normalizeAll } from './normalize/index.ts';
export {
  createChecker,
  type CheckOptions,
  type CheckResult,
  type Checker,
  type CheckerOptions,
  type CheckInput,
} from './check.ts';
export { defaultTables } from './rules/default-tables.ts';
export type {
  ContextWords,
  LexiconEntry,
  ProximityRule,
  RuleTables,
  SourceWhitelist,
  SupersededEntry,
} from './rules/types.ts';
