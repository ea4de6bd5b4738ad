/**
 * @module @govmedia/textcheck
 * The checking engine: normalisation, multi-pattern matching, rules and the review gates.
 * Pure TypeScript with no Node built-ins, so it runs in Node, worker threads and the browser.
 */
export * from './finding.ts';
export type { Match, MatchMode, PatternMatcher } from './matcher/types.ts';
export type { NormalizeOptions, NormalizedText } from './normalize/types.ts';
