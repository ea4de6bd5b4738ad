// Character kinds of the normaliser and the per-code-point classification behind them.
import classes from '../../lexicons/normalization/classes.json' with { type: 'json' };

/** A letter, digit or ideograph: kept, possibly folded. */
export const WORD = 0;
/** Spaces, punctuation, symbols and emoji: dropped when they sit inside a word (see DESIGN.md). */
export const NOISE = 1;
/** Zero-width, format and combining characters: always dropped. */
export const INVISIBLE = 2;
/** Line breaks and sentence or clause punctuation: always kept, so nothing matches across them. */
export const BOUNDARY = 3;
export type Kind = typeof WORD | typeof NOISE | typeof INVISIBLE | typeof BOUNDARY;

type Ranges = readonly (readonly number[])[];

function inRanges(ranges: Ranges, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = ranges[mid]!;
    if (cp < range[0]!) hi = mid - 1;
    else if (cp > range[1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

export function kindOf(cp: number): Kind {
  if (inRanges(classes.boundary, cp)) return BOUNDARY;
  if (inRanges(classes.invisible, cp)) return INVISIBLE;
  if (inRanges(classes.noise, cp)) return NOISE;
  return WORD;
}

export function isWhitespace(cp: number): boolean {
  return inRanges(classes.whitespace, cp);
}

/** Scripts written without spaces between words (Han, kana, bopomofo). */
export function isUnspaced(cp: number): boolean {
  return inRanges(classes.unspaced, cp);
}
