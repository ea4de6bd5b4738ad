// Matching through the normaliser: patterns and text are normalised the same way and matches are
// reported as spans of the original text (a finding on 全网最低价 in 全-网-最-低-价 covers the dashes).
import { INVISIBLE, kindOf, NOISE } from '../normalize/char-kind.ts';
import { foldTableFor } from '../normalize/fold-table.ts';
import { createUnitBuffers, normalizeAll, type NormalizeOptions } from '../normalize/index.ts';
import { maxNoiseRunOf, soundAlikeVariantsOf } from '../normalize/normalize-to-units.ts';
import { applySoundAlike, compileSoundAlike } from '../normalize/sound-alike.ts';
import { materialize, UnitMapCursor } from '../normalize/unit-map.ts';
import { normalizeUnits, type UnitEncoding } from '../normalize/normalize-units.ts';
import { buildAlphabet } from './alphabet.ts';
import type { Match, MatchMode, PatternMatcher } from './types.ts';
import { canCutAtBoundaries, PIECE_LENGTH, pieceEnd } from './text-pieces.ts';
import { buildUnitMatcher } from './unit-matcher.ts';

export interface NormalizedMatcher extends PatternMatcher {
  /** Each pattern as it is matched: edge noise trimmed, then normalised like the text. */
  readonly normalizedPatterns: readonly string[];
  /** Matches in `text` found through normalisation, with offsets into `text` itself. */
  scanNormalized(text: string, mode?: MatchMode): Match[];
  /** Whether long texts are scanned in cache-sized pieces (see text-pieces.ts). */
  readonly piecewise: boolean;
}

/** Drops leading and trailing noise, which could never match inside a word of the text. */
function trimNoise(pattern: string): string {
  if (pattern.length === 0) return pattern;
  const chars = [...pattern];
  const isEdgeNoise = (ch: string) => {
    const kind = kindOf(ch.codePointAt(0)!);
    return kind === NOISE || kind === INVISIBLE;
  };
  let from = 0;
  let to = chars.length;
  while (from < to && isEdgeNoise(chars[from]!)) from++;
  while (to > from && isEdgeNoise(chars[to - 1]!)) to--;
  return chars.slice(from, to).join('');
}

/**
 * Builds a matcher that finds `patterns` in normalised text (same options for both) and reports
 * original offsets. Equivalent to normalize() + buildMatcher().findAll() + toOriginal(), but fused
 * and in cache-sized pieces (DESIGN.md, "Matching").
 */
export function buildNormalizedMatcher(
  patterns: readonly string[],
  options: NormalizeOptions = {},
): NormalizedMatcher {
  const normalizedPatterns = normalizeAll(patterns.map(trimNoise), options);
  const variants = soundAlikeVariantsOf(options);
  // Sound-alike keys need labels of their own so that the replacement pass can run on labels.
  const alphabet = buildAlphabet(
    normalizedPatterns,
    variants ? [...variants.keys, ...variants.replacements] : [],
  );
  const matcher = buildUnitMatcher(normalizedPatterns, alphabet);
  const table = foldTableFor(options);
  const maxNoiseRun = maxNoiseRunOf(options);
  // Fused tables: the normaliser writes automaton labels straight from the original code units.
  const packed = new Uint32Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++)
    packed[unit] = matcher.labels[table.fold[unit]!]! | (table.info[unit]! << 16);
  const encoding: UnitEncoding = { packed, map: matcher.labels };
  const toLabels = (text: string) => {
    let out = '';
    for (let i = 0; i < text.length; i++)
      out += String.fromCharCode(matcher.labels[text.charCodeAt(i)]!);
    return out;
  };
  const soundAlike = variants
    ? compileSoundAlike(variants, { encode: toLabels, size: alphabet.size })
    : undefined;
  const buffers = createUnitBuffers(PIECE_LENGTH + 64);
  const piecewise = canCutAtBoundaries(table, [...normalizedPatterns, ...(variants?.keys ?? [])]);

  const scanPiece = (text: string, from: number, to: number, mode: MatchMode, out: Match[]) => {
    let length = normalizeUnits(text, table, maxNoiseRun, buffers, encoding, from, to);
    const first = out.length;
    if (!soundAlike) {
      // Few matches: read their spans from the compact map instead of expanding it.
      matcher.findInLabels(buffers.units, length, mode, out);
      const cursor = new UnitMapCursor(buffers);
      for (let k = first; k < out.length; k++) {
        const match = out[k]!;
        const end = cursor.end(match.end - 1);
        match.start = cursor.start(match.start);
        match.end = end;
      }
      return;
    }
    materialize(buffers, length);
    length = applySoundAlike(buffers, length, soundAlike);
    const { starts, ends } = buffers;
    matcher.findInLabels(buffers.units, length, mode, out);
    for (let k = first; k < out.length; k++) {
      const match = out[k]!;
      const end = ends[match.end - 1]!;
      match.start = starts[match.start]!;
      match.end = end;
    }
  };
  const scanNormalized = (text: string, mode: MatchMode = 'leftmost-longest'): Match[] => {
    const out: Match[] = [];
    if (!piecewise) {
      scanPiece(text, 0, text.length, mode, out);
      return out;
    }
    for (let from = 0; from < text.length;) {
      const to = pieceEnd(table, text, from);
      scanPiece(text, from, to, mode, out);
      from = to;
    }
    return out;
  };
  return {
    patternCount: patterns.length,
    normalizedPatterns,
    scanNormalized,
    findAll: scanNormalized,
    piecewise,
  };
}
