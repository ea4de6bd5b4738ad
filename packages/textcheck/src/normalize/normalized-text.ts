// The `NormalizedText` value: the normalised string plus the per-unit map back to the original.
import type { NormalizedText } from './types.ts';

export function createNormalizedText(
  original: string,
  text: string,
  starts: Int32Array,
  ends: Int32Array,
): NormalizedText {
  return {
    original,
    text,
    toOriginal(start, end) {
      const from = Math.max(0, Math.min(start, text.length));
      const to = Math.max(from, Math.min(end, text.length));
      if (from === to) {
        // An empty span sits just before the unit at `from` (or at the very end).
        const at = from < text.length ? starts[from]! : original.length;
        return { start: at, end: at };
      }
      return { start: starts[from]!, end: ends[to - 1]! };
    },
  };
}
