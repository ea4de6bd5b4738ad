// The two search loops over the double array. Both read the haystack already encoded as
// alphabet labels (alphabet.ts), which the normaliser can write directly. States are offsets
// into `cells` (double-array.ts); `>> 1` turns one into a cell index for the side tables.
import { type Automaton, OWN_OUTPUT, SUFFIX_OUTPUT } from './double-array.ts';
import { pairBit } from './pair-filter.ts';
import type { Match } from './types.ts';

/**
 * Leftmost-longest by anchored walks: from each start, follow the trie as far as the text allows
 * and keep the deepest state with an output; report it and resume at its end, else try the next
 * start. A pair filter skips most starts before the trie is touched; the walk never rescans,
 * which makes it faster than a fail-link scan for this mode (DESIGN.md, "Matching").
 */
export function searchLeftmostLongest(automaton: Automaton, labels: Uint16Array, length: number, out: Match[]): void {
  const { cells, output, rootNext } = automaton;
  const { bits, mask } = automaton.pairs;
  let start = 0;
  while (start < length) {
    // Skip the starts the pair filter rules out in a tight loop, carrying the second label over.
    let second = start + 1 < length ? labels[start + 1]! : 0;
    let bit = pairBit(labels[start]!, second, mask);
    while ((bits[bit >> 5]! & (1 << (bit & 31))) === 0) {
      if (++start >= length) return;
      const first = second;
      second = start + 1 < length ? labels[start + 1]! : 0;
      bit = pairBit(first, second, mask);
    }
    let state = rootNext[labels[start]!]!;
    if (state === 0) {
      start++;
      continue;
    }
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
    if (bestEnd < 0) {
      start++;
      continue;
    }
    out.push({ pattern: output[bestState >> 1]!, start, end: bestEnd });
    start = bestEnd;
  }
}

/** Overlapping: every occurrence of every pattern, ordered by end, then start, then pattern. */
export function searchOverlapping(automaton: Automaton, labels: Uint16Array, length: number, out: Match[]): void {
  const { cells, fail, depth, output, suffixOutput, samePattern, rootNext } = automaton;
  let state = 0;
  for (let i = 0; i < length; ) {
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
    for (let hit = flags & OWN_OUTPUT ? state : suffixOutput[state >> 1]!; hit >= 0; hit = suffixOutput[hit >> 1]!) {
      const cell = hit >> 1;
      const from = i - depth[cell]!;
      for (let pattern = output[cell]!; pattern >= 0; pattern = samePattern[pattern]!) {
        out.push({ pattern, start: from, end: i });
      }
    }
  }
}
