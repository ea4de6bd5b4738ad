// Configured sound-alike variants (V信, 薇信 → 微信), applied to the normalised units in one
// leftmost-longest pass; a replacement maps back to the whole original span it replaced.
import { identityAlphabet } from '../matcher/alphabet.ts';
import type { Match } from '../matcher/types.ts';
import { buildUnitMatcher } from '../matcher/unit-matcher.ts';
import { ensureCapacity, type UnitBuffers } from './unit-buffers.ts';

/** The configured variants after normalisation, in map order. */
export interface SoundAlikeVariants {
  readonly keys: readonly string[];
  readonly replacements: readonly string[];
}

export interface CompiledSoundAlike {
  /** Leftmost-longest occurrences of the keys in a buffer. */
  find(units: Uint16Array, length: number): Match[];
  /** Replacement per key, in the encoding of the buffer. */
  readonly replacements: readonly string[];
}

/** Keys and values go through the same normalisation as the text, so `V信` also catches `Ｖ 信`. */
export function normalizeVariants(
  map: ReadonlyMap<string, string>,
  normalizeText: (text: string) => string,
): SoundAlikeVariants {
  const keys: string[] = [];
  const replacements: string[] = [];
  for (const [key, value] of map) {
    const normalKey = normalizeText(key);
    if (normalKey.length === 0) continue;
    keys.push(normalKey);
    replacements.push(normalizeText(value));
  }
  return { keys, replacements };
}

/**
 * Builds the replacement pass over code units, or, given a matcher's `encode` and its label
 * count, over buffers of that matcher's labels (the fused scan), which it then reads as they are.
 */
export function compileSoundAlike(
  variants: SoundAlikeVariants,
  labels?: { encode: (text: string) => string; size: number },
): CompiledSoundAlike {
  if (!labels) {
    const matcher = buildUnitMatcher(variants.keys);
    return {
      find: (units, length) => matcher.findInUnits(units, length),
      replacements: variants.replacements,
    };
  }
  const matcher = buildUnitMatcher(variants.keys.map(labels.encode), identityAlphabet(labels.size));
  return {
    find: (units, length) => matcher.findInLabels(units, length),
    replacements: variants.replacements.map(labels.encode),
  };
}

/**
 * Rewrites the first `length` units of `buffers` and their explicit map (`starts`/`ends`, which
 * must be filled) in place, and returns the new length.
 */
export function applySoundAlike(
  buffers: UnitBuffers,
  length: number,
  compiled: CompiledSoundAlike,
): number {
  const matches = compiled.find(buffers.units, length);
  if (matches.length === 0) return length;
  let grown = length;
  for (const match of matches)
    grown += compiled.replacements[match.pattern]!.length - (match.end - match.start);
  // When no replacement is longer than its key the write position never passes the read
  // position, so the rewrite happens in place; otherwise read from a copy.
  const growing = matches.some((m) => compiled.replacements[m.pattern]!.length > m.end - m.start);
  const source: Pick<UnitBuffers, 'units' | 'starts' | 'ends'> = growing
    ? {
        units: buffers.units.slice(0, length),
        starts: buffers.starts.slice(0, length),
        ends: buffers.ends.slice(0, length),
      }
    : buffers;
  if (growing) ensureCapacity(buffers, grown);
  const { units, starts, ends } = buffers;
  let j = 0;
  let from = 0;
  const copy = (to: number) => {
    if (source === buffers) {
      units.copyWithin(j, from, to);
      starts.copyWithin(j, from, to);
      ends.copyWithin(j, from, to);
    } else {
      units.set(source.units.subarray(from, to), j);
      starts.set(source.starts.subarray(from, to), j);
      ends.set(source.ends.subarray(from, to), j);
    }
    j += to - from;
  };
  for (const match of matches) {
    const start = source.starts[match.start]!;
    const end = source.ends[match.end - 1]!;
    copy(match.start);
    const replacement = compiled.replacements[match.pattern]!;
    for (let k = 0; k < replacement.length; k++, j++) {
      units[j] = replacement.charCodeAt(k);
      starts[j] = start;
      ends[j] = end;
    }
    from = match.end;
  }
  copy(length);
  return j;
}
