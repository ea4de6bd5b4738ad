// Runs the table in test/cases/matcher-cases.ts against every engine in both modes.
import { describe, expect, it } from 'vitest';
import { MATCHER_CASES } from '../../test/cases/matcher-cases.ts';
import { buildMatcher, type MatcherEngine } from './index.ts';

const ENGINES: readonly MatcherEngine[] = ['double-array', 'naive'];

describe.each(ENGINES)('the %s engine', (engine) => {
  describe.each(MATCHER_CASES)('$name', (testCase) => {
    const matcher = buildMatcher(testCase.patterns, { engine });
    const asTuples = (mode: 'leftmost-longest' | 'overlapping') =>
      matcher.findAll(testCase.haystack, mode).map((m) => [m.pattern, m.start, m.end]);

    it('in leftmost-longest mode', () => {
      expect(asTuples('leftmost-longest')).toEqual(testCase.leftmostLongest);
    });

    it('in overlapping mode', () => {
      expect(asTuples('overlapping')).toEqual(testCase.overlapping);
    });
  });
});
