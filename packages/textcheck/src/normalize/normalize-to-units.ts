// Runs the whole normalisation (characters, noise, sound-alikes) into typed buffers; shared by
// `normalize()` and the normalising matcher so that both see exactly the same text.
import { foldTableFor } from './fold-table.ts';
import { DEFAULT_MAX_NOISE_RUN, normalizeUnits } from './normalize-units.ts';
import {
  applySoundAlike,
  type CompiledSoundAlike,
  compileSoundAlike,
  normalizeVariants,
  type SoundAlikeVariants,
} from './sound-alike.ts';
import { createUnitBuffers, type UnitBuffers, unitsToString } from './unit-buffers.ts';
import { materialize } from './unit-map.ts';
import type { NormalizeOptions } from './types.ts';

interface SoundAlikeCache {
  variants: SoundAlikeVariants;
  compiled: CompiledSoundAlike;
}
const soundAlikeCache = new WeakMap<ReadonlyMap<string, string>, Map<string, SoundAlikeCache>>();

function optionsKey(options: NormalizeOptions): string {
  return JSON.stringify([
    options.fullWidth,
    options.lowerCase,
    options.simplified,
    options.numbers,
    options.lookAlike,
    options.stripNoise,
    options.maxNoiseRun,
  ]);
}

function soundAlikeFor(options: NormalizeOptions): SoundAlikeCache | undefined {
  const map = options.soundAlike;
  if (!map || map.size === 0) return undefined;
  let byOptions = soundAlikeCache.get(map);
  if (!byOptions) {
    byOptions = new Map();
    soundAlikeCache.set(map, byOptions);
  }
  const key = optionsKey(options);
  let cached = byOptions.get(key);
  if (!cached) {
    const plain = { ...options, soundAlike: undefined };
    const variants = normalizeVariants(map, (text) => {
      const buffers = createUnitBuffers(text.length);
      const length = normalizeToUnits(text, plain, buffers); // may replace buffers.units
      return unitsToString(buffers.units, length);
    });
    cached = { variants, compiled: compileSoundAlike(variants) };
    byOptions.set(key, cached);
  }
  return cached;
}

/** The configured sound-alike variants, normalised under `options`; undefined when none. */
export function soundAlikeVariantsOf(options: NormalizeOptions): SoundAlikeVariants | undefined {
  return soundAlikeFor(options)?.variants;
}

/** The longest noise run dropped inside a word under `options`. */
export function maxNoiseRunOf(options: NormalizeOptions): number {
  return options.stripNoise === false ? 0 : (options.maxNoiseRun ?? DEFAULT_MAX_NOISE_RUN);
}

/**
 * Normalises `input` into `buffers` (reallocated when too small) with the explicit per-unit map
 * (`starts`/`ends`); returns the unit count.
 */
export function normalizeToUnits(
  input: string,
  options: NormalizeOptions,
  buffers: UnitBuffers,
): number {
  const length = normalizeUnits(input, foldTableFor(options), maxNoiseRunOf(options), buffers);
  materialize(buffers, length);
  const soundAlike = soundAlikeFor(options);
  return soundAlike ? applySoundAlike(buffers, length, soundAlike.compiled) : length;
}
