// The double-array engine behind `buildMatcher`, also searchable over buffers of code units or of
// alphabet labels, so that the normaliser can feed it without building a string.
import type { Alphabet } from './alphabet.ts';
import { buildAutomaton } from './double-array.ts';
import { searchLeftmostLongest, searchOverlapping, visitOverlapping } from './search.ts';
import type { Match, MatchMode, PatternMatcher } from './types.ts';

export interface UnitMatcher extends PatternMatcher {
  /** Label of every code unit (0 for units in no pattern): how `findInLabels` input is encoded. */
  readonly labels: Uint16Array;
  findInUnits(units: Uint16Array, length: number, mode?: MatchMode): Match[];
  /**
   * Appends the matches to `out` (a new array by default) and returns it. Leftmost-longest
   * search sets the few entries after `length` to 0 when `labels` has room for them.
   */
  findInLabels(labels: Uint16Array, length: number, mode?: MatchMode, out?: Match[]): Match[];
  /**
   * Every occurrence in `haystack` (the overlapping matches, in their order) handed to `visit`,
   * with no match object built: for callers that only tally them.
   */
  visitAll(haystack: string, visit: (pattern: number, start: number, end: number) => void): void;
}

/** `alphabet` defaults to the patterns' own units, most frequent first (alphabet.ts). */
export function buildUnitMatcher(patterns: readonly string[], alphabet?: Alphabet): UnitMatcher {
  const automaton = buildAutomaton(patterns, alphabet);
  const labelOf = automaton.alphabet.labels;
  let scratch = new Uint16Array(1024);
  const encodeInto = (length: number) => {
    if (scratch.length < length) scratch = new Uint16Array(length * 2);
    return scratch;
  };
  const encodeText = (haystack: string) => {
    const labels = encodeInto(haystack.length);
    for (let i = 0; i < haystack.length; i++) labels[i] = labelOf[haystack.charCodeAt(i)]!;
    return labels;
  };
  const findInLabels = (
    labels: Uint16Array,
    length: number,
    mode: MatchMode = 'leftmost-longest',
    out: Match[] = [],
  ): Match[] => {
    if (mode === 'overlapping') searchOverlapping(automaton, labels, length, out);
    else searchLeftmostLongest(automaton, labels, length, out);
    return out;
  };
  return {
    patternCount: patterns.length,
    labels: labelOf,
    findInLabels,
    findInUnits(units, length, mode) {
      const labels = encodeInto(length);
      for (let i = 0; i < length; i++) labels[i] = labelOf[units[i]!]!;
      return findInLabels(labels, length, mode);
    },
    findAll(haystack, mode) {
      return findInLabels(encodeText(haystack), haystack.length, mode);
    },
    visitAll(haystack, visit) {
      visitOverlapping(automaton, encodeText(haystack), haystack.length, visit);
    },
  };
}
