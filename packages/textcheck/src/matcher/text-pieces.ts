// Where a long text may be cut so that its pieces can be normalised and searched one at a time.
import { BOUNDARY } from '../normalize/char-kind.ts';
import { type FoldTable, KIND_MASK } from '../normalize/fold-table.ts';

/** Code units per piece: normalised buffers this size stay in the CPU's cache. */
export const PIECE_LENGTH = 16_384;

/**
 * Long texts are scanned in pieces cut after boundary characters (。，\n …) when no pattern or
 * sound-alike key contains what a boundary folds to: then neither a match nor a dropped noise run
 * crosses a cut, and every piece normalises exactly as it would inside the whole text.
 */
export function canCutAtBoundaries(table: FoldTable, normalizedTexts: readonly string[]): boolean {
  const boundaryOutput = new Set<number>();
  for (let unit = 0; unit < 0x10000; unit++) {
    if ((table.info[unit]! & KIND_MASK) === BOUNDARY) boundaryOutput.add(table.fold[unit]!);
  }
  return normalizedTexts.every((text) => {
    for (let i = 0; i < text.length; i++) if (boundaryOutput.has(text.charCodeAt(i))) return false;
    return true;
  });
}

/** End of the piece starting at `from`: just after the last boundary before the size limit. */
export function pieceEnd(table: FoldTable, text: string, from: number): number {
  const limit = from + PIECE_LENGTH;
  if (limit >= text.length) return text.length;
  const isBoundary = (at: number) => (table.info[text.charCodeAt(at)]! & KIND_MASK) === BOUNDARY;
  for (let at = limit - 1; at > from; at--) if (isBoundary(at)) return at + 1;
  for (let at = limit; at < text.length; at++) if (isBoundary(at)) return at + 1;
  return text.length;
}
