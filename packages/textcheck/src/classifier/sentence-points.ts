// The folded form of one sentence as code points between the edge marks, exactly as ngramFeatures
// sees it, written into a reusable buffer without building strings for the usual Chinese sentence.
import { codePoints, foldForFeatures } from './features.ts';

const START_MARK = 0x5e; // ^
const END_MARK = 0x24; // $
/** A unit whose fold is longer than this is folded with the sentence instead. */
const MAX_UNIT_FOLD = 4;

/**
 * UTF-16 units that NFKC never composes or reorders with what comes before them (starters with a
 * normalization boundary before them), and that fold to BMP text with no final sigma, so that a
 * sentence of them folds unit by unit: ASCII and Latin-1, general punctuation, CJK symbols (without
 * the combining tone marks 302A–302F), CJK unified ideographs and fullwidth ASCII and punctuation.
 */
export function foldsUnitByUnit(unit: number): boolean {
  return (
    unit < 0x100 ||
    (unit >= 0x2000 && unit < 0x2070) ||
    (unit >= 0x3000 && unit < 0x3040 && (unit < 0x302a || unit > 0x302f)) ||
    (unit >= 0x4e00 && unit < 0xa000) ||
    (unit >= 0xff01 && unit <= 0xff65)
  );
}

/** The units matched by the regular expression `\s`. */
export function isSpaceUnit(unit: number): boolean {
  return (
    unit === 0x20 ||
    (unit >= 0x09 && unit <= 0x0d) ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

const NOT_BY_UNIT = -1;
/**
 * Per UTF-16 unit, learnt on first sight: 0 until then; 1 + its fold if that is one unit and not a
 * space; NOT_BY_UNIT; otherwise -2 - the index of its fold in `folds`.
 */
const unitFold = new Int32Array(0x10000);
const folds: string[] = [];

function learn(unit: number): number {
  const char = String.fromCharCode(unit);
  const fold = foldForFeatures(char);
  if (
    !foldsUnitByUnit(unit) ||
    fold.length > MAX_UNIT_FOLD ||
    char.normalize('NFKC').includes('\u03a3') ||
    /[\ud800-\udfff]/.test(fold)
  )
    unitFold[unit] = NOT_BY_UNIT;
  else if (fold.length === 1 && !isSpaceUnit(fold.charCodeAt(0)))
    unitFold[unit] = 1 + fold.charCodeAt(0);
  else unitFold[unit] = -2 - (folds.push(fold) - 1);
  return unitFold[unit]!;
}

/** Code points of the marked, folded sentence: `points[0 … length - 1]`. */
export class SentencePoints {
  points = new Int32Array(256);
  length = 0;

  /** Reads `input[start … end)`. */
  read(input: string, start: number, end: number): void {
    this.reserve((end - start) * MAX_UNIT_FOLD + 2);
    if (!this.readByUnit(input, start, end))
      this.readFolded(foldForFeatures(input.slice(start, end)));
  }

  private reserve(size: number): void {
    if (this.points.length < size) this.points = new Int32Array(size * 2);
  }

  /** Folds unit by unit; false (leaving the buffer to be overwritten) if a unit does not allow it. */
  private readByUnit(input: string, start: number, end: number): boolean {
    const points = this.points;
    let length = 0;
    points[length++] = START_MARK;
    let afterSpace = false;
    for (let i = start; i < end; i++) {
      const unit = input.charCodeAt(i);
      const known = unitFold[unit] || learn(unit);
      if (known > 0) {
        points[length++] = known - 1;
        afterSpace = false;
        continue;
      }
      if (known === NOT_BY_UNIT) return false;
      const fold = folds[-2 - known]!;
      for (let k = 0; k < fold.length; k++) {
        const folded = fold.charCodeAt(k);
        if (!isSpaceUnit(folded)) points[length++] = folded;
        else if (!afterSpace) points[length++] = 0x20;
        afterSpace = isSpaceUnit(folded);
      }
    }
    points[length++] = END_MARK;
    this.length = length;
    return true;
  }

  private readFolded(fold: string): void {
    this.reserve(fold.length + 2);
    const points = this.points;
    let length = 0;
    points[length++] = START_MARK;
    for (const point of codePoints(fold)) points[length++] = point;
    points[length++] = END_MARK;
    this.length = length;
  }
}
