// The multi-pattern matcher's public contract, shared by every engine and by the naive oracle.

/**
 * - `leftmost-longest`: scanning left to right, report the match that starts earliest; among
 *   those, the longest; then continue after its end (non-overlapping).
 * - `overlapping`: report every occurrence of every pattern, ordered by end then start.
 */
export type MatchMode = 'leftmost-longest' | 'overlapping';

export interface Match {
  /** Index of the pattern in the list the matcher was built from. */
  pattern: number;
  /** UTF-16 offsets into the haystack. */
  start: number;
  end: number;
}

export interface PatternMatcher {
  readonly patternCount: number;
  findAll(haystack: string, mode?: MatchMode): Match[];
}
