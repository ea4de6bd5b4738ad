// Reading the compact map the normaliser writes (unit-buffers.ts): the original span of one unit,
// or of all of them at once.
import type { UnitBuffers } from './unit-buffers.ts';

/**
 * Looks up original spans of units in the compact map. It keeps its place in the runs and the
 * odd units between lookups, so lookups in (roughly) ascending order, as a scan's matches come,
 * cost a step or two each instead of two binary searches.
 */
export class UnitMapCursor {
  private run = 0;
  private odd = 0;

  constructor(private readonly buffers: UnitBuffers) {}

  /** Original offset where the character behind normalised unit `unit` starts. */
  start(unit: number): number {
    const odd = this.oddAt(unit);
    if (odd >= 0) return this.buffers.oddStart[odd]!;
    return unit + this.buffers.runDelta[this.runAt(unit)]!;
  }

  /** Original offset where the character behind normalised unit `unit` ends. */
  end(unit: number): number {
    const odd = this.oddAt(unit);
    if (odd >= 0) return this.buffers.oddEnd[odd]!;
    return unit + this.buffers.runDelta[this.runAt(unit)]! + 1;
  }

  /** The run holding `unit`: the last one starting at or before it. */
  private runAt(unit: number): number {
    const { runUnit, runs } = this.buffers;
    let run = this.run;
    while (run > 0 && runUnit[run]! > unit) run--;
    while (run + 1 < runs && runUnit[run + 1]! <= unit) run++;
    this.run = run;
    return run;
  }

  /** Index of `unit` among the odd units, or -1 when it is not one. */
  private oddAt(unit: number): number {
    const { oddUnit, odds } = this.buffers;
    if (odds === 0) return -1;
    let odd = this.odd;
    while (odd > 0 && oddUnit[odd]! > unit) odd--;
    while (odd + 1 < odds && oddUnit[odd + 1]! <= unit) odd++;
    this.odd = odd;
    return oddUnit[odd] === unit ? odd : -1;
  }
}

/** Original offset where the character behind normalised unit `unit` starts. */
export function originalStart(buffers: UnitBuffers, unit: number): number {
  return new UnitMapCursor(buffers).start(unit);
}

/** Original offset where the character behind normalised unit `unit` ends. */
export function originalEnd(buffers: UnitBuffers, unit: number): number {
  return new UnitMapCursor(buffers).end(unit);
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
