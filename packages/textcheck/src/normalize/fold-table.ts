// Per-code-unit lookup tables for one set of normalisation options, built once and cached.
import { BOUNDARY, INVISIBLE, isUnspaced, isWhitespace, kindOf, WORD } from './char-kind.ts';
import { composeFold, widthFold } from './fold-layers.ts';
import type { NormalizeOptions } from './types.ts';

/** Bits of `FoldTable.info`: the kind in the low two bits, then flags. */
export const KIND_MASK = 3;
export const UNSPACED = 4;
export const WHITESPACE = 8;
/** The fold is not a single code unit: read it from `expansions` (BMP) or `astral()`. */
export const EXPANDS = 16;
/** A high surrogate: decode the code point and ask `astral()`. */
export const SURROGATE = 32;
/** One unit out, no look-around: a word or boundary character with a one-unit fold. */
export const PLAIN = 64;

export interface AstralInfo {
  readonly info: number;
  readonly fold: string;
}

export interface FoldTable {
  /** Kind and flags per BMP code unit. */
  readonly info: Uint8Array;
  /** Folded code unit per BMP code unit (for words, kept noise and boundaries). */
  readonly fold: Uint16Array;
  /** `fold | info << 16` per code unit: the normaliser's fast path reads one entry. */
  readonly packed: Uint32Array;
  /** Folds longer than one code unit (½ → 1/2, æ → ae), keyed by code unit. */
  readonly expansions: ReadonlyMap<number, string>;
  /** Kind, flags and fold of a supplementary-plane code point. */
  astral(cp: number): AstralInfo;
}

function describe(
  cp: number,
  foldWord: (c: string) => string,
  foldMark: (c: string) => string,
): AstralInfo {
  const ch = String.fromCodePoint(cp);
  const kind = kindOf(cp);
  let info: number = kind;
  if (isUnspaced(cp)) info |= UNSPACED;
  if (isWhitespace(cp)) info |= WHITESPACE;
  if (kind === INVISIBLE) return { info, fold: '' };
  const fold = kind === WORD ? foldWord(ch) : foldMark(ch);
  if (fold.length !== 1) info |= EXPANDS;
  return { info, fold };
}

function buildFoldTable(options: NormalizeOptions): FoldTable {
  const foldWord = composeFold(options);
  const foldMark = widthFold(options);
  const info = new Uint8Array(0x10000);
  const fold = new Uint16Array(0x10000);
  const expansions = new Map<number, string>();
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdbff) {
      info[unit] = WORD | SURROGATE;
      fold[unit] = unit;
      continue;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      info[unit] = WORD; // an unpaired low surrogate is kept as it is
      fold[unit] = unit;
      continue;
    }
    const described = describe(unit, foldWord, foldMark);
    const kind = described.info & KIND_MASK;
    const plain = (kind === WORD || kind === BOUNDARY) && (described.info & EXPANDS) === 0;
    info[unit] = described.info | (plain ? PLAIN : 0);
    if (described.info & EXPANDS) expansions.set(unit, described.fold);
    else fold[unit] = described.fold.charCodeAt(0);
  }
  const packed = new Uint32Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) packed[unit] = fold[unit]! | (info[unit]! << 16);
  const astralCache = new Map<number, AstralInfo>();
  return {
    info,
    fold,
    packed,
    expansions,
    astral(cp) {
      let hit = astralCache.get(cp);
      if (!hit) {
        const described = describe(cp, foldWord, foldMark);
        // Two input units never map one-to-one onto output units, so always take the slow path.
        hit = { info: described.info | EXPANDS, fold: described.fold };
        astralCache.set(cp, hit);
      }
      return hit;
    },
  };
}

const cache = new Map<string, FoldTable>();

export function foldTableFor(options: NormalizeOptions): FoldTable {
  const key = (['fullWidth', 'lowerCase', 'simplified', 'numbers', 'lookAlike'] as const)
    .map((name) => (options[name] === false ? '0' : '1'))
    .join('');
  let table = cache.get(key);
  if (!table) {
    table = buildFoldTable(options);
    cache.set(key, table);
  }
  return table;
}
