// The two search loops over the double array. Both read the haystack already encoded as
// alphabet labels (alphabet.ts), which the normaliser can write directly. States are offsets
// into `cells` (double-array.ts); `>> 1` turns one into a cell index for the side tables.
import { type Automaton, OWN_OUTPUT, SUFFIX_OUTPUT } from './double-array.ts';
import { pairBit, type StartFilter, tripleBit } from './start-filter.ts';
import type { Match } from './types.ts';

/** Candidate starts of the current search; grown as needed, reused across calls. */
let candidates = new Int32Array(1024);

/**
 * Leftmost-longest by anchored walks: from each start, follow the trie as far as the text allows
 * and keep the deepest state with an output; report it and resume at its end. First, a
 * branch-free pass over the text collects the starts that pass the start filter (most do not),
 * so the unpredictable "could a match start here?" test becomes arithmetic; then only those
 * starts are walked. The walk never rescans (DESIGN.md, "Matching").
 */
export function searchLeftmostLongest(
  automaton: Automaton,
  labels: Uint16Array,
  length: number,
  out: Match[],
): void {
  if (candidates.length < length) candidates = new Int32Array(length * 2);
  // Two functions, not one: V8 compiles the loops apart into faster code (DESIGN.md, "Benchmark").
  const count = collectStarts(automaton.starts, labels, length, candidates);
  walkStarts(automaton, labels, length, candidates, count, out);
}

/** Writes the starts that pass the filter to `found` and returns how many there are. */
function collectStarts(
  { bits, mask }: StartFilter,
  labels: Uint16Array,
  length: number,
  found: Int32Array,
): number {
  let count = 0;
  let first = 0;
  let second = length > 0 ? labels[0]! : 0;
  let third = length > 1 ? labels[1]! : 0;
  for (let start = 0; start < length; start++) {
    first = second;
    second = third;
    third = start + 2 < length ? labels[start + 2]! : 0;
    const pair = pairBit(first, second, mask);
    const triple = tripleBit(first, second, third, mask);
    found[count] = start;
    count += ((bits[pair >> 5]! >>> (pair & 31)) | (bits[triple >> 5]! >>> (triple & 31))) & 1;
  }
  return count;
}

/** Walks the trie from each of the `count` candidate starts, in order, skipping reported spans. */
function walkStarts(
  automaton: Automaton,
  labels: Uint16Array,
  length: number,
  found: Int32Array,
  count: number,
  out: Match[],
): void {
  const { cells, output, rootNext } = automaton;
  let resume = 0;
  for (let c = 0; c < count; c++) {
    const start = found[c]!;
    if (start < resume) continue;
    let state = rootNext[labels[start]!]!;
    if (state === 0) continue;
    let bestEnd = -1;
    let bestState = 0;
    let at = start + 1;
    for (;;) {
      const word = cells[state]!;
      if (word & OWN_OUTPUT) {
        bestEnd = at;
        bestState = state;
      }
      if (at >= length) break;
      // Label 0 needs no test: no cell has a child on it, so the check below fails.
      const next = (word >> 2) + (labels[at]! << 1);
      if (cells[next + 1] !== state) break;
      state = next;
      at++;
    }
    if (bestEnd < 0) continue;
    out.push({ pattern: output[bestState >> 1]!, start, end: bestEnd });
    resume = bestEnd;
  }
}

/** Overlapping: every occurrence of every pattern, ordered by end, then start, then pattern. */
export function searchOverlapping(
  automaton: Automaton,
  labels: Uint16Array,
  length: number,
  out: Match[],
): void {
  const { cells, fail, depth, output, suffixOutput, samePattern, rootNext } = automaton;
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
        out.push({ pattern, start: from, end: i });
      }
    }
  }
}
