// Reading the compact map the normaliser writes (unit-buffers.ts): the original span of one unit,
// or of all of them at once.
import type { UnitBuffers } from './unit-buffers.ts';

/** Index of the last entry of `sorted[0..count)` that is <= `value`, or -1. */
function lastAtMost(sorted: Int32Array, count: number, value: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

function oddIndex(buffers: UnitBuffers, unit: number): number {
  const at = lastAtMost(buffers.oddUnit, buffers.odds, unit);
  return at >= 0 && buffers.oddUnit[at] === unit ? at : -1;
}

/** Original offset where the character behind normalised unit `unit` starts. */
export function originalStart(buffers: UnitBuffers, unit: number): number {
  const odd = oddIndex(buffers, unit);
  if (odd >= 0) return buffers.oddStart[odd]!;
  return unit + buffers.runDelta[lastAtMost(buffers.runUnit, buffers.runs, unit)]!;
}

/** Original offset where the character behind normalised unit `unit` ends. */
export function originalEnd(buffers: UnitBuffers, unit: number): number {
  const odd = oddIndex(buffers, unit);
  if (odd >= 0) return buffers.oddEnd[odd]!;
  return unit + buffers.runDelta[lastAtMost(buffers.runUnit, buffers.runs, unit)]! + 1;
}

/** Fills the explicit `starts`/`ends` of the first `length` units from the compact map. */
export function materialize(buffers: UnitBuffers, length: number): void {
  const { starts, ends, runUnit, runDelta, runs, oddUnit, oddStart, oddEnd, odds } = buffers;
  for (let run = 0; run < runs; run++) {
    const delta = runDelta[run]!;
    const stop = run + 1 < runs ? runUnit[run + 1]! : length;
    for (let unit = runUnit[run]!; unit < stop; unit++) {
      starts[unit] = unit + delta;
      ends[unit] = unit + delta + 1;
    }
  }
  // Odd units may sit at the end of a run's range; their own spans win.
  for (let odd = 0; odd < odds; odd++) {
    starts[oddUnit[odd]!] = oddStart[odd]!;
    ends[oddUnit[odd]!] = oddEnd[odd]!;
  }
}
