/**
 * @module normalize
 * Normalisation for matching: width, case, traditional → simplified, number styles, look-alikes,
 * noise inside words and configured sound-alikes — with a map from every normalised span back to
 * the smallest original span. Policy and examples: DESIGN.md, "Normalisation".
 */
import { normalizeToUnits } from './normalize-to-units.ts';
import { createNormalizedText } from './normalized-text.ts';
import type { NormalizedText, NormalizeOptions } from './types.ts';
import { createUnitBuffers, unitsToString } from './unit-buffers.ts';

export type { NormalizedText, NormalizeOptions } from './types.ts';
export { DEFAULT_MAX_NOISE_RUN } from './normalize-units.ts';
export { createUnitBuffers, type UnitBuffers } from './unit-buffers.ts';

/** Normalises `input` for matching; `toOriginal` maps spans of the result back to `input`. */
export function normalize(input: string, options: NormalizeOptions = {}): NormalizedText {
  const buffers = createUnitBuffers(input.length + 64);
  const length = normalizeToUnits(input, options, buffers);
  return createNormalizedText(
    input,
    unitsToString(buffers.units, length),
    buffers.starts.slice(0, length),
    buffers.ends.slice(0, length),
  );
}

/** The normalised text of many short inputs (patterns, lexicon terms), sharing one buffer. */
export function normalizeAll(inputs: readonly string[], options: NormalizeOptions = {}): string[] {
  const buffers = createUnitBuffers(64);
  return inputs.map((input) => {
    const length = normalizeToUnits(input, options, buffers);
    return unitsToString(buffers.units, length);
  });
}
