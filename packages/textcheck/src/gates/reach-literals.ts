// Which of several lists of literals occur wholly inside a reach of a text — the few hundred
// characters around a term, which a gate asks about many times per post (warning-frame.ts). All the
// lists go into one matcher, run once per text in overlapping mode; each reach is then answered
// from the occurrences found, as a bit mask of the lists present. A list may also stand for an
// expression: its required literals (regex-literals.ts) rule out the reaches it cannot match.
import { buildMatcher } from '../matcher/index.ts';
import { memoByText } from '../text-memo.ts';
import { requiredLiterals } from './regex-literals.ts';

export interface ReachLiterals {
  /**
   * Bit i set when a literal of list i occurs wholly inside text[from, to) — exactly when
   * `buildMatcher(list).findAll(text.slice(from, to))` finds one, less the occurrences `drop`
   * disqualifies — or when list i is null.
   */
  within(text: string, from: number, to: number): number;
}

/**
 * At most 31 lists; a null list counts as present in every reach. `drop` may withhold list bits
 * from one occurrence (text[start, end)) that its surroundings disqualify.
 */
export function buildReachLiterals(
  lists: ReadonlyArray<readonly string[] | null>,
  drop: (text: string, start: number, end: number) => number = () => 0,
): ReachLiterals {
  if (lists.length > 31) throw new RangeError('reach literals: at most 31 lists');
  let always = 0;
  const bitsOf = new Map<string, number>();
  lists.forEach((list, i) => {
    if (!list) always |= 1 << i;
    else for (const literal of list) bitsOf.set(literal, (bitsOf.get(literal) ?? 0) | (1 << i));
  });
  const literals = [...bitsOf.keys()];
  const literalBits = Int32Array.from(literals, (l) => bitsOf.get(l)!);
  const matcher = buildMatcher(literals);
  /** The occurrences in a text, ordered by start: starts, ends and list bits side by side. */
  const occurrences = memoByText((text) => {
    const found = matcher.findAll(text, 'overlapping').sort((a, b) => a.start - b.start);
    const table = new Int32Array(3 * found.length);
    found.forEach((m, k) => {
      table[3 * k] = m.start;
      table[3 * k + 1] = m.end;
      table[3 * k + 2] = literalBits[m.pattern]! & ~drop(text, m.start, m.end);
    });
    return table;
  }, 2);
  return {
    within(text, from, to) {
      const table = occurrences(text);
      let low = 0;
      let high = table.length / 3;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (table[3 * mid]! < from) low = mid + 1;
        else high = mid;
      }
      let bits = always;
      for (let k = 3 * low; k < table.length && table[k]! < to; k += 3)
        if (table[k + 1]! <= to) bits |= table[k + 2]!;
      return bits;
    },
  };
}

/** The literals every match of a plain expression needs, or null when it has none to rule on. */
export function literalsOf(re: RegExp): readonly string[] | null {
  if (re.global || re.sticky)
    throw new TypeError(`literalsOf needs a plain expression: ${re.source}`);
  return requiredLiterals(re);
}
