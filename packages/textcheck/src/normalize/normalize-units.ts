// The character-level normalisation pass: folds each character and strips noise inside words,
// writing normalised code units and their original spans into typed buffers (no strings built).
import { BOUNDARY, INVISIBLE, NOISE, WORD } from './char-kind.ts';
import {
  EXPANDS,
  type FoldTable,
  KIND_MASK,
  PLAIN,
  SURROGATE,
  UNSPACED,
  WHITESPACE,
} from './fold-table.ts';
import { ensureCapacity, type UnitBuffers } from './unit-buffers.ts';

/** Default longest run of noise characters that is still dropped between two word characters. */
export const DEFAULT_MAX_NOISE_RUN = 3;

/** The packed entry's PLAIN bit: the character takes the fast path. */
const PLAIN_ENTRY = PLAIN << 16;

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * What the pass writes per normalised unit. By default the folded code unit itself; a matcher
 * passes its own tables so that the pass writes automaton labels directly (one lookup, no
 * second mapping pass). `packed` holds, per code unit, the value to write in the low 16 bits and
 * the unit's `FoldTable.info` in the high bits; `map` maps the units of multi-unit folds.
 */
export interface UnitEncoding {
  readonly packed: Uint32Array;
  readonly map: Uint16Array | undefined;
}

/**
 * Normalises `text` (or its part [from, to)) into `buffers` and returns the number of units
 * written; the map back to `text` is left in compact form (see unit-map.ts). A part must start and end where the whole text would be cut anyway: at the start, after
 * a boundary character, or at the end, so that normalising parts gives the same units.
 * Policy (DESIGN.md, "Noise"): invisible characters always go; a run of at most `maxNoiseRun`
 * noise characters goes when it sits between two word characters, contains no boundary, and is
 * not whitespace between two words of a spaced script (`free sex` stays two words).
 */
export function normalizeUnits(
  text: string,
  table: FoldTable,
  maxNoiseRun: number,
  buffers: UnitBuffers,
  encoding: UnitEncoding = { packed: table.packed, map: undefined },
  from = 0,
  to = text.length,
): number {
  // Expansions (½ → 1/2) can outgrow the input; rare, so retry with more room rather than
  // re-checking capacity on every character.
  for (let room = to - from + 64; ; room *= 2) {
    ensureCapacity(buffers, room);
    const written = normalizeInto(text, from, to, table, maxNoiseRun, buffers, encoding);
    if (written >= 0) return written;
  }
}

/** One pass into fixed buffers; returns the unit count, or -1 when they are too small. */
function normalizeInto(
  text: string,
  from: number,
  to: number,
  table: FoldTable,
  maxNoiseRun: number,
  buffers: UnitBuffers,
  encoding: UnitEncoding,
): number {
  const { expansions } = table;
  const { packed, map } = encoding;
  const { units, runUnit, runDelta, oddUnit, oddStart, oddEnd } = buffers;
  const n = to;
  const capacity = units.length;
  let i = from;
  let j = 0;
  let prevWord = false;
  let prevSpaced = false;
  // The compact map (unit-buffers.ts): a new run starts whenever i - j changes or after odd units.
  let runs = 0;
  let odds = 0;
  let delta = 0;
  let inRun = false;
  while (i < n) {
    let unit = text.charCodeAt(i);
    let entry = packed[unit]!;
    if (entry & PLAIN_ENTRY) {
      // Fast path: a run of word and boundary characters that fold to one code unit each (most of
      // any text). The Uint16Array store keeps the entry's low half, the folded unit (or label).
      if (!inRun || i - j !== delta) {
        delta = i - j;
        runUnit[runs] = j;
        runDelta[runs++] = delta;
        inRun = true;
      }
      units[j++] = entry;
      i++;
      let last = entry;
      // Four characters a round while all are plain: V8 checks each array once per round.
      while (i + 3 < n) {
        const first = packed[text.charCodeAt(i)]!;
        const second = packed[text.charCodeAt(i + 1)]!;
        const third = packed[text.charCodeAt(i + 2)]!;
        const fourth = packed[text.charCodeAt(i + 3)]!;
        if ((first & second & third & fourth & PLAIN_ENTRY) === 0) break;
        units[j] = first;
        units[j + 1] = second;
        units[j + 2] = third;
        units[j + 3] = fourth;
        j += 4;
        i += 4;
        last = fourth;
      }
      for (;;) {
        if (i === n) break;
        unit = text.charCodeAt(i);
        entry = packed[unit]!;
        if ((entry & PLAIN_ENTRY) === 0) break;
        units[j++] = entry;
        i++;
        last = entry;
      }
      prevWord = ((last >>> 16) & KIND_MASK) === WORD;
      prevSpaced = ((last >>> 16) & UNSPACED) === 0;
      if (i === n) break;
    }
    let info = entry >>> 16;
    let len = 1;
    let expansion: string | undefined;
    if (info & SURROGATE && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
      const astral = table.astral(text.codePointAt(i)!);
      info = astral.info;
      expansion = astral.fold;
      len = 2;
    } else if (info & EXPANDS) {
      expansion = expansions.get(unit);
    }
    const kind = info & KIND_MASK;
    if (kind === INVISIBLE) {
      i += len;
      continue;
    }
    if (kind === NOISE && prevWord && isStrippable(text, i, table, maxNoiseRun, prevSpaced)) {
      i = skipNoise(text, i, table);
      continue;
    }
    if (expansion === undefined) {
      if (!inRun || i - j !== delta) {
        delta = i - j;
        runUnit[runs] = j;
        runDelta[runs++] = delta;
        inRun = true;
      }
      units[j++] = entry;
    } else {
      if (j + expansion.length + (n - i) > capacity) return -1;
      for (let k = 0; k < expansion.length; k++) {
        const code = expansion.charCodeAt(k);
        units[j] = map === undefined ? code : map[code]!;
        oddUnit[odds] = j++;
        oddStart[odds] = i;
        oddEnd[odds++] = i + len;
      }
      inRun = false;
    }
    prevWord = kind === WORD;
    prevSpaced = (info & UNSPACED) === 0;
    i += len;
  }
  buffers.runs = runs;
  buffers.odds = odds;
  return j;
}

/** Kind and flags of the code point at `at`, with its length in code units in bit 8. */
function peek(text: string, at: number, table: FoldTable): number {
  const unit = text.charCodeAt(at);
  const info = table.info[unit]!;
  if (info & SURROGATE && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1))) {
    return table.astral(text.codePointAt(at)!).info | 0x200;
  }
  return info | 0x100;
}

function isStrippable(
  text: string,
  from: number,
  table: FoldTable,
  maxNoiseRun: number,
  prevSpaced: boolean,
): boolean {
  let count = 0;
  let whitespace = false;
  for (let at = from; at < text.length;) {
    const peeked = peek(text, at, table);
    const kind = peeked & KIND_MASK;
    if (kind === NOISE) {
      if (++count > maxNoiseRun) return false;
      if (peeked & WHITESPACE) whitespace = true;
    } else if (kind === WORD) {
      return !(whitespace && prevSpaced && (peeked & UNSPACED) === 0);
    } else if (kind === BOUNDARY) {
      return false;
    }
    at += peeked >> 8;
  }
  return false;
}

/** Returns the offset of the first character after the noise run starting at `from`. */
function skipNoise(text: string, from: number, table: FoldTable): number {
  let at = from;
  while (at < text.length) {
    const peeked = peek(text, at, table);
    const kind = peeked & KIND_MASK;
    if (kind !== NOISE && kind !== INVISIBLE) break;
    at += peeked >> 8;
  }
  return at;
}
