// Property test: the double-array engine agrees with the naive oracle on random input, in both
// modes and when it hands overlapping matches to a visitor. Small alphabets make matches, shared
// prefixes, duplicates and failure chains common.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMatcher,
  buildNaiveMatcher,
  buildUnitMatcher,
  type Match,
  type MatchMode,
} from './index.ts';

const MODES: readonly MatchMode[] = ['leftmost-longest', 'overlapping'];

function agreesWithOracle(unit: fc.Arbitrary<string>, runs: number) {
  fc.assert(
    fc.property(
      fc.array(fc.string({ unit, maxLength: 6 }), { maxLength: 12 }),
      fc.string({ unit, maxLength: 60 }),
      (patterns, haystack) => {
        const engine = buildMatcher(patterns);
        const oracle = buildNaiveMatcher(patterns);
        for (const mode of MODES)
          expect(engine.findAll(haystack, mode)).toEqual(oracle.findAll(haystack, mode));
        const visited: Match[] = [];
        buildUnitMatcher(patterns).visitAll(haystack, (pattern, start, end) =>
          visited.push({ pattern, start, end }),
        );
        expect(visited).toEqual(oracle.findAll(haystack, 'overlapping'));
      },
    ),
    { numRuns: runs },
  );
}

describe('the double-array engine', () => {
  it('equals the oracle on a two-letter alphabet', () => {
    agreesWithOracle(fc.constantFrom('a', 'b'), 2000);
  });

  it('equals the oracle on Chinese characters including one outside the patterns', () => {
    agreesWithOracle(fc.constantFrom('微', '信', '全', '网', '。'), 1500);
  });

  it('equals the oracle on arbitrary code units, surrogate halves included', () => {
    agreesWithOracle(fc.constantFrom('\ud842', '\udfb7', 'x', '\u0000', '\uffff'), 1000);
  });
});
