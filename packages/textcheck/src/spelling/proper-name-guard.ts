// Whether a run of unexplained characters is more likely a proper name than a typo: a person's
// name after a surname (王儒述), a quoted name (“莫莉”), or a term the text repeats (爱奇艺 …
// 爱奇艺). The typo rule stays silent on those — names are where its false alarms come from.

const OPENING = '“‘「『《〈（(【';
const CLOSING = '”’」』》〉）)】';

export interface ProperNameGuard {
  /** True when position i of the unexplained run [start, end) is probably inside a name. */
  isLikelyName(text: string, i: number, start: number, end: number): boolean;
}

/** `surnames`: one surname per line, `#` comments. */
export function createProperNameGuard(surnames: string): ProperNameGuard {
  const surnameSet = new Set(
    surnames
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.trim()),
  );
  /** Whether the two characters at `at` occur elsewhere in the text too (a linear scan). */
  const repeated = (text: string, at: number): boolean => {
    if (at < 0 || at + 2 > text.length) return false;
    const pair = text.slice(at, at + 2);
    return text.indexOf(pair) !== at || text.indexOf(pair, at + 1) >= 0;
  };
  return {
    isLikelyName(text, i, start, end) {
      const quoted =
        start > 0 &&
        end < text.length &&
        OPENING.includes(text[start - 1]!) &&
        CLOSING.includes(text[end]!);
      if (quoted) return true;
      for (let j = Math.max(start, i - 2); j < i; j++) if (surnameSet.has(text[j]!)) return true;
      return repeated(text, i - 1) || repeated(text, i);
    },
  };
}
