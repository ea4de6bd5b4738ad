// Whether a span cuts through a real word of its context — the main guard against flagging a
// "wrong word" that is really the tail of one word and the head of the next (周末来 ≠ 末来).
import type { Lexicon } from './lexicon.ts';

const MAX_CHECK = 4;

/** True when a known word (count ≥ minFreq) straddles the span's start or end. */
export function straddlesWord(
  text: string,
  start: number,
  end: number,
  lexicon: Lexicon,
  minFreq: number,
): boolean {
  for (const edge of [start, end]) {
    for (let s = Math.max(0, edge - MAX_CHECK + 1); s < edge; s++) {
      for (let e = edge + 1; e <= Math.min(text.length, s + MAX_CHECK); e++) {
        if (lexicon.freq(text.slice(s, e)) >= minFreq) return true;
      }
    }
  }
  return false;
}
