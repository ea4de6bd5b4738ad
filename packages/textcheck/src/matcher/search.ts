// The two search loops over the double array. Both read the haystack already encoded as
// alphabet labels (alphabet.ts), which the normaliser can write directly. States are offsets
// into `cells` (double-array.ts); `>> 1` turns one into a cell index for the side tables.
import { type Automaton, OWN_OUTPUT, SUFFIX_OUTPUT } from './double-array.ts';
import { collectStarts, START_PADDING } from './start-filter.ts';
import type { Match } from './types.ts';

/** Scratch of the leftmost-longest search; grown as needed, reused across calls. */
let padded = new Uint16Array(1024);
let candidates = new Int32Array(1024);
/** Active walks, three entries each: start, state, the state's cell word. */
let walks = new Int32Array(3 * 1024);
/** Per start, two entries: end of its longest match (-1 for none) and that match's pattern. */
let best = new Int32Array(2 * 1024);
/** Matches of the overlapping search, three entries each (pattern, start, end). */
let found = new Int32Array(3 * 1024);

/**
 * Leftmost-longest by anchored walks: from each start, follow the trie as far as the text allows
 * and keep the deepest state with an output; report it and resume at its end. First, a
 * branch-free pass over the text collects the starts that pass the start filter (most do not);
 * then all candidate walks advance together, one label per round, so that their memory reads
 * overlap and no branch depends on how far a walk goes; finally the longest match of each start
 * is taken left to right, skipping starts inside a reported one (DESIGN.md, "Matching").
 */
export function searchLeftmostLongest(
  automaton: Automaton,
  labels: Uint16Array,
  length: number,
  out: Match[],
): void {
  let text = labels;
  if (text.length < length + START_PADDING) {
    if (padded.length < length + START_PADDING) padded = new Uint16Array(length * 2 + 8);
    padded.set(labels.subarray(0, length));
    text = padded;
  }
  // Zero labels after the text: "no more text" for the filter, and no transition for walks.
  text.fill(0, length, length + START_PADDING);
  if (candidates.length < length + 4) {
    candidates = new Int32Array(length * 2 + 8);
    walks = new Int32Array(3 * candidates.length);
    best = new Int32Array(2 * candidates.length);
  }
  const { cells, starts } = automaton;
  const count = collectStarts(starts.bits, starts.shift, text, length, candidates);
  let active = enterRoot(automaton.rootNext, cells, text, candidates, count, walks, best);
  for (let depth = 1; active > 0; depth++)
    active = advanceWalks(cells, automaton.output, text, depth, active, walks, best);
  reportLongest(candidates, count, best, out);
}

/** Starts a walk at each candidate whose first label leaves the root; clears its best match. */
function enterRoot(
  rootNext: Int32Array,
  cells: Int32Array,
  labels: Uint16Array,
  found: Int32Array,
  count: number,
  walks: Int32Array,
  best: Int32Array,
): number {
  let active = 0;
  for (let c = 0; c < count; c++) {
    const start = found[c]!;
    const state = rootNext[labels[start]!]!;
    best[2 * start] = -1;
    walks[3 * active] = start;
    walks[3 * active + 1] = state;
    walks[3 * active + 2] = cells[state]!;
    active += -state >>> 31; // 1 when state > 0
  }
  return active;
}

/**
 * One round: each active walk (at `depth` labels) records an output at its state, then takes
 * the next label; walks without a transition drop out. The next state's word is read together
 * with its check (one cache line), so a round waits for one memory read per walk, not two.
 * Returns how many walks remain, compacted to the front.
 */
function advanceWalks(
  cells: Int32Array,
  output: Int32Array,
  labels: Uint16Array,
  depth: number,
  active: number,
  walks: Int32Array,
  best: Int32Array,
): number {
  const own = OWN_OUTPUT;
  let kept = 0;
  for (let k = 0; k < active; k++) {
    const start = walks[3 * k]!;
    const state = walks[3 * k + 1]!;
    const word = walks[3 * k + 2]!;
    const at = start + depth;
    if (word & own) {
      best[2 * start] = at;
      best[2 * start + 1] = output[state >> 1]!;
    }
    // Label 0 needs no test: no cell has a child on it, so the check below fails.
    const next = (word >> 2) + (labels[at]! << 1);
    const miss = cells[next + 1]! ^ state;
    walks[3 * kept] = start;
    walks[3 * kept + 1] = next;
    walks[3 * kept + 2] = cells[next]!;
    kept += 1 ^ ((miss | -miss) >>> 31); // 1 when the check matched
  }
  return kept;
}

/** Takes each candidate's longest match left to right, skipping those inside a reported one. */
function reportLongest(found: Int32Array, count: number, best: Int32Array, out: Match[]): void {
  let resume = 0;
  for (let c = 0; c < count; c++) {
    const start = found[c]!;
    const end = best[2 * start]!;
    if (end < 0 || start < resume) continue;
    out.push({ pattern: best[2 * start + 1]!, start, end });
    resume = end;
  }
}

/**
 * Overlapping: every occurrence of every pattern, ordered by end, then start, then pattern, written
 * to `found`; returns how many.
 */
function collectOverlapping(automaton: Automaton, labels: Uint16Array, length: number): number {
  const { cells, fail, depth, output, suffixOutput, samePattern, rootNext } = automaton;
  let count = 0;
  let state = 0;
  for (let i = 0; i < length;) {
    const label = labels[i]!;
    i++;
    if (label === 0) {
      state = 0;
      continue;
    }
    for (;;) {
      if (state === 0) {
        state = rootNext[label]!;
        break;
      }
      const next = (cells[state]! >> 2) + (label << 1);
      if (cells[next + 1] === state) {
        state = next;
        break;
      }
      state = fail[state >> 1]!;
    }
    const flags = cells[state]! & (OWN_OUTPUT | SUFFIX_OUTPUT);
    if (flags === 0) continue;
    for (
      let hit = flags & OWN_OUTPUT ? state : suffixOutput[state >> 1]!;
      hit >= 0;
      hit = suffixOutput[hit >> 1]!
    ) {
      const cell = hit >> 1;
      const from = i - depth[cell]!;
      for (let pattern = output[cell]!; pattern >= 0; pattern = samePattern[pattern]!) {
        if (3 * count + 3 > found.length) {
          const grown = new Int32Array(2 * found.length);
          grown.set(found);
          found = grown;
        }
        found[3 * count] = pattern;
        found[3 * count + 1] = from;
        found[3 * count + 2] = i;
        count++;
      }
    }
  }
  return count;
}

/** Overlapping: every occurrence of every pattern, ordered by end, then start, then pattern. */
export function searchOverlapping(
  automaton: Automaton,
  labels: Uint16Array,
  length: number,
  out: Match[],
): void {
  const count = collectOverlapping(automaton, labels, length);
  for (let k = 0; k < 3 * count; k += 3)
    out.push({ pattern: found[k]!, start: found[k + 1]!, end: found[k + 2]! });
}

/**
 * Every match, as `searchOverlapping` finds them, handed to `visit` instead of built as objects;
 * `visit` must not search (the matches wait in the shared scratch).
 */
export function visitOverlapping(
  automaton: Automaton,
  labels: Uint16Array,
  length: number,
  visit: (pattern: number, start: number, end: number) => void,
): void {
  const count = collectOverlapping(automaton, labels, length);
  for (let k = 0; k < 3 * count; k += 3) visit(found[k]!, found[k + 1]!, found[k + 2]!);
}
