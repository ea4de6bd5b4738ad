/**
 * @module matcher
 * Multi-pattern matching over UTF-16 code units: `buildMatcher` (double-array Aho–Corasick, or
 * the naive oracle) and `buildNormalizedMatcher`, which matches through the normaliser and
 * reports spans of the original text.
 */
import { buildNaiveMatcher } from './naive.ts';
import type { PatternMatcher } from './types.ts';
import { buildUnitMatcher } from './unit-matcher.ts';

export type { Match, MatchMode, PatternMatcher } from './types.ts';
export { buildNaiveMatcher } from './naive.ts';
export { buildUnitMatcher, type UnitMatcher } from './unit-matcher.ts';
export { buildNormalizedMatcher, type NormalizedMatcher } from './normalized-matcher.ts';

export type MatcherEngine = 'double-array' | 'naive';

export interface MatcherOptions {
  /** `double-array` (default) or `naive`, the quadratic oracle used in tests. */
  engine?: MatcherEngine;
}

/** Builds an exact matcher over `patterns` (no normalisation; see `buildNormalizedMatcher`). */
export function buildMatcher(
  patterns: readonly string[],
  options: MatcherOptions = {},
): PatternMatcher {
  if (options.engine === 'naive') return buildNaiveMatcher(patterns);
  return buildUnitMatcher(patterns);
}
