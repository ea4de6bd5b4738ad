// Whether a span cuts through a real word of its context — the main guard against flagging a
// "wrong word" that is really the tail of one word and the head of the next (周末来 ≠ 末来). A
// word across the edge does not count when a far more frequent word ends (or starts) right at the
// edge instead: 安排布署 reads 安排 | 布署, not 安 | 排布 | 署.
import type { Lexicon } from './lexicon.ts';

const MAX_CHECK = 4;
/** A word meeting the edge must be this many times as frequent to outweigh one across it. */
const OUTWEIGH = 10;

/** True when a known word (count ≥ minFreq) straddles the span's start or end. */
export function straddlesWord(
  text: string,
  start: number,
  end: number,
  lexicon: Lexicon,
  minFreq: number,
): boolean {
  // The most frequent word of two or more characters ending (side -1) or starting (side +1) at edge.
  const flushWord = (edge: number, side: -1 | 1) => {
    let best = 0;
    for (let len = 2; len <= MAX_CHECK; len++) {
      const [s, e] = side < 0 ? [edge - len, edge] : [edge, edge + len];
      if (s < 0 || e > text.length) break;
      best = Math.max(best, lexicon.freq(text.slice(s, e)));
    }
    return best;
  };
  const edges: Array<[number, -1 | 1]> = [
    [start, -1],
    [end, 1],
  ];
  for (const [edge, side] of edges) {
    for (let s = Math.max(0, edge - MAX_CHECK + 1); s < edge; s++) {
      for (let e = edge + 1; e <= Math.min(text.length, s + MAX_CHECK); e++) {
        const freq = lexicon.freq(text.slice(s, e));
        if (freq >= minFreq && flushWord(edge, side) < OUTWEIGH * freq) return true;
      }
    }
  }
  return false;
}
