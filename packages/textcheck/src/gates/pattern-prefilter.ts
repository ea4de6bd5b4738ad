// Picks the pattern rules a text can match at all, and where their matches can start: one pass of
// the multi-pattern matcher over the literals each rule's expression cannot match without, and
// the literals every match of it begins with (regex-literals.ts). An expression whose matches are
// short can begin only a little before one of its required literals: the reach around each
// occurrence is kept, and narrows the starts of an expression that has them. Rules without such
// sets always run, over the whole text. Built once per list of rules.
import { buildUnitMatcher } from '../matcher/index.ts';
import { maxMatchLength, requiredLiterals, startLiterals } from './regex-literals.ts';

export interface PrefilterResult {
  /** Per expression (by index): 1 when it may match the text. */
  may: Uint8Array;
  /**
   * Per expression: the ascending offsets where a match of it can start, or null when every
   * offset can (unless `windows` says otherwise).
   */
  starts: Array<number[] | null>;
  /**
   * Per expression with short matches: the ranges of offsets where a match can start, around its
   * required literals, as flat ascending [from, to] pairs (inclusive), or null when not known. For an
   * expression with start literals too, a match can start only at a start inside one of them.
   */
  windows: Array<number[] | null>;
}

/**
 * Longest match (UTF-16 units) for which the offsets around a required literal are kept: for an
 * expression without start literals, whose every offset there is then tried; and for one with
 * them, whose starts are then only those within reach of a required literal.
 */
const MAX_REACH = 64;
const MAX_START_REACH = 256;

/** For a text, which of the expressions may match it, and where. */
export type Prefilter = (text: string) => PrefilterResult;

/** Literal → the expressions it matters to (by index). */
function addOwner(owners: Map<string, number[]>, literal: string, index: number): void {
  const list = owners.get(literal);
  if (list) list.push(index);
  else owners.set(literal, [index]);
}

/** The occurrences of one pass (literal, start, end), reused across passes. */
let found = new Int32Array(3 * 1024);

export function buildPrefilter(patterns: readonly RegExp[]): Prefilter {
  const always = new Uint8Array(patterns.length);
  const required = new Map<string, number[]>();
  const starting = new Map<string, number[]>();
  const anchored: number[] = [];
  /** Per expression: its longest match when its starts are found around its required literals. */
  const reach = new Int32Array(patterns.length);
  patterns.forEach((pattern, index) => {
    const literals = requiredLiterals(pattern);
    if (!literals) always[index] = 1;
    else for (const literal of literals) addOwner(required, literal, index);
    const starts = startLiterals(pattern);
    if (starts) {
      anchored.push(index);
      for (const literal of starts) addOwner(starting, literal, index);
    }
    if (literals) {
      const longest = maxMatchLength(pattern);
      if (longest <= (starts ? MAX_START_REACH : MAX_REACH)) reach[index] = longest;
    }
  });
  const literals = [...new Set([...required.keys(), ...starting.keys()])];
  // The expressions each literal matters to, in one flat table (a literal's entries are
  // owners[ownersFrom[l] … ownersFrom[l + 1])): index × 2 when it is required, + 1 when it starts
  // a match. One read per match instead of two arrays scattered over the heap.
  const ownersFrom = new Int32Array(literals.length + 1);
  const ownerList: number[] = [];
  literals.forEach((literal, l) => {
    ownersFrom[l] = ownerList.length;
    for (const index of required.get(literal) ?? []) ownerList.push(index * 2);
    for (const index of starting.get(literal) ?? []) ownerList.push(index * 2 + 1);
  });
  ownersFrom[literals.length] = ownerList.length;
  const owners = Int32Array.from(ownerList);
  const matcher = buildUnitMatcher(literals);
  return (text) => {
    const may = always.slice();
    // Lists are made for the expressions whose start literals occur: most have none in a post.
    const starts: Array<number[] | null> = new Array<number[] | null>(patterns.length).fill(null);
    const windows: Array<number[] | null> = new Array<number[] | null>(patterns.length).fill(null);
    // The occurrences are kept, in the order found (by end), for a second reading below.
    let count = 0;
    matcher.visitAll(text, (literal, start, end) => {
      if (3 * count + 3 > found.length) {
        const grown = new Int32Array(2 * found.length);
        grown.set(found);
        found = grown;
      }
      found[3 * count] = literal;
      found[3 * count + 1] = start;
      found[3 * count + 2] = end;
      count++;
      for (let k = ownersFrom[literal]!, last = ownersFrom[literal + 1]!; k < last; k++) {
        const owner = owners[k]!;
        if ((owner & 1) === 1) continue;
        const index = owner >> 1;
        may[index] = 1;
        const longest = reach[index]!;
        if (longest > 0) addWindow((windows[index] ??= []), Math.max(0, end - longest), start);
      }
    });
    // Starts only for the expressions that may match: a start literal such as a digit begins
    // dozens of expressions, most of which lack their required literals.
    for (let n = 0; n < 3 * count; n += 3) {
      const literal = found[n]!;
      for (let k = ownersFrom[literal]!, last = ownersFrom[literal + 1]!; k < last; k++) {
        const owner = owners[k]!;
        if ((owner & 1) === 1 && may[owner >> 1] === 1)
          insertStart((starts[owner >> 1] ??= []), found[n + 1]!);
      }
    }
    for (const index of anchored) if (!starts[index]) may[index] = 0;
    return { may, starts, windows };
  };
}

/**
 * Adds the range [from, to] to ascending, merged ranges. Occurrences arrive ordered by their end,
 * and `from` is that end less a fixed reach, so a range never begins before the last one does.
 */
function addWindow(ranges: number[], from: number, to: number): void {
  const last = ranges.length - 1;
  if (last > 0 && from <= ranges[last]! + 1) ranges[last] = Math.max(ranges[last]!, to);
  else ranges.push(from, to);
}

/**
 * Adds `start` to an ascending list of distinct offsets. Matches arrive ordered by their end, so a
 * start is out of order only by less than a literal's length: it moves back a step or two at most.
 */
function insertStart(list: number[], start: number): void {
  let at = list.length;
  while (at > 0 && list[at - 1]! > start) at--;
  if (at > 0 && list[at - 1] === start) return;
  if (at === list.length) list.push(start);
  else list.splice(at, 0, start);
}
