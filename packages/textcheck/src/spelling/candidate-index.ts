// For each word with one character masked (再接*厉), the characters that complete it into a
// known, frequent word — so a suspicious character's replacements are found by a few lookups
// instead of trying every confusable character in every window. Keys are small integers built
// from character codes, so a lookup allocates nothing.
import type { Lexicon } from './lexicon.ts';

const HAN = /^[\u3400-\u9fff]+$/u;
const HAN_BASE = 0x3400;
const code = (s: string, i: number) => s.charCodeAt(i) - HAN_BASE;
/** Two Han characters as an integer below 2^30 (a V8 small integer). */
const pair = (a: number, b: number) => a * 0x8000 + b;

export interface CandidateIndex {
  /**
   * Calls `visit` with the characters that, put at position `i` of `text`, complete a known
   * word inside [runStart, runEnd) (once per window that has any; characters may repeat).
   */
  completions(
    text: string,
    i: number,
    runStart: number,
    runEnd: number,
    visit: (chars: string) => void,
  ): void;
  /** The same, for the two two-character windows only (with the left and with the right neighbour). */
  pairCompletions(
    text: string,
    i: number,
    runStart: number,
    runEnd: number,
    visit: (chars: string) => void,
  ): void;
}

export function buildCandidateIndex(lexicon: Lexicon, minFreq: number): CandidateIndex {
  // Per word length and masked position k: the other characters' key → completing characters.
  // Four-character words key their first two other characters, then the third.
  const two = [new Map<number, string>(), new Map<number, string>()];
  const three = [0, 1, 2].map(() => new Map<number, string>());
  const four = [0, 1, 2, 3].map(() => new Map<number, Map<number, string>>());
  const add = (table: Map<number, string>, key: number, ch: string) => {
    const have = table.get(key) ?? '';
    if (!have.includes(ch)) table.set(key, have + ch);
  };
  for (const [word, freq] of lexicon.entries()) {
    if (freq < minFreq || word.length < 2 || word.length > 4 || !HAN.test(word)) continue;
    for (let k = 0; k < word.length; k++) {
      const o = [...word].map((_, j) => code(word, j)).filter((_, j) => j !== k);
      if (word.length === 2) add(two[k]!, o[0]!, word[k]!);
      else if (word.length === 3) add(three[k]!, pair(o[0]!, o[1]!), word[k]!);
      else {
        const byPair = four[k]!;
        const inner = byPair.get(pair(o[0]!, o[1]!)) ?? new Map<number, string>();
        byPair.set(pair(o[0]!, o[1]!), inner);
        add(inner, o[2]!, word[k]!);
      }
    }
  }
  return {
    pairCompletions(text, i, runStart, runEnd, visit) {
      const withLeft = i > runStart ? two[1]!.get(code(text, i - 1)) : undefined;
      if (withLeft) visit(withLeft);
      const withRight = i + 1 < runEnd ? two[0]!.get(code(text, i + 1)) : undefined;
      if (withRight) visit(withRight);
    },
    completions(text, i, runStart, runEnd, visit) {
      for (let len = 2; len <= 4; len++) {
        for (let s = Math.max(runStart, i - len + 1); s <= i && s + len <= runEnd; s++) {
          const k = i - s;
          // the codes of the window's other characters, in order
          const a = code(text, k === 0 ? s + 1 : s);
          const b = len > 2 ? code(text, k <= 1 ? s + 2 : s + 1) : 0;
          const c = len > 3 ? code(text, k <= 2 ? s + 3 : s + 2) : 0;
          const chars =
            len === 2
              ? two[k]!.get(a)
              : len === 3
                ? three[k]!.get(pair(a, b))
                : four[k]!.get(pair(a, b))?.get(c);
          if (chars) visit(chars);
        }
      }
    },
  };
}
