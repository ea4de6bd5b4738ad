// Growable typed buffers holding normalised code units and the map back to the original text.
// The normaliser writes that map compactly (unit-map.ts): runs of units that stand one-to-one
// for characters at a constant offset, plus a list of the other, "odd" units — so that a plain
// character costs one store, not three. Explicit per-unit spans are filled in on demand.

export interface UnitBuffers {
  units: Uint16Array;
  /** Explicit map (after `materialize` or a sound-alike pass): original start of each unit. */
  starts: Int32Array;
  /** Explicit map: original end of each unit. */
  ends: Int32Array;
  /** Compact map: run r starts at unit runUnit[r]; unit k in it comes from character k + runDelta[r]. */
  runUnit: Int32Array;
  runDelta: Int32Array;
  runs: number;
  /** Compact map: units of expansions (½ → 1/2) and surrogate pairs, in order, with their spans. */
  oddUnit: Int32Array;
  oddStart: Int32Array;
  oddEnd: Int32Array;
  odds: number;
}

export function createUnitBuffers(capacity: number): UnitBuffers {
  const size = Math.max(16, capacity);
  return {
    units: new Uint16Array(size),
    starts: new Int32Array(size),
    ends: new Int32Array(size),
    runUnit: new Int32Array(size),
    runDelta: new Int32Array(size),
    runs: 0,
    oddUnit: new Int32Array(size),
    oddStart: new Int32Array(size),
    oddEnd: new Int32Array(size),
    odds: 0,
  };
}

/** Makes room for at least `needed` units; the contents are not kept. */
export function ensureCapacity(buffers: UnitBuffers, needed: number): void {
  if (needed <= buffers.units.length) return;
  Object.assign(buffers, createUnitBuffers(Math.max(needed, buffers.units.length * 2)));
}

/** Decodes the first `length` units to a string, exactly (lone surrogates are kept). */
export function unitsToString(units: Uint16Array, length: number): string {
  let out = '';
  for (let at = 0; at < length; at += 8192) {
    out += String.fromCharCode(...units.subarray(at, Math.min(length, at + 8192)));
  }
  return out;
}
