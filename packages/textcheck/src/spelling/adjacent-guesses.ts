// Two guessed single-character slips side by side (本育 → 体 and 月, 基处 → 几 and 础): each was
// scored with the other character as written, so each may only complete a word with its
// neighbour's slip (本月, 几处). The language model then reads the stretch with the left fix, the
// right fix and both, and the guesses of the best reading are kept (体育: 本 → 体 alone).
import type { Finding } from '../finding.ts';
import { clauseWindow } from './clause-window.ts';
import type { LanguageModel } from './language-model.ts';

/** Rules whose findings are one character replaced by a guess of the language model. */
const GUESSES = new Set(['text.typo', 'text.rare-char']);
/** Characters of context on each side read with the pair, within its clause. */
const CONTEXT = 3;

const isSingleGuess = (f: Finding): boolean =>
  GUESSES.has(f.rule) && f.end - f.start === 1 && f.suggestion?.length === 1;

/** `findings` (ascending, not overlapping) with each side-by-side pair of guesses resolved. */
export function resolveAdjacentGuesses(
  text: string,
  findings: readonly Finding[],
  lm: LanguageModel,
): Finding[] {
  const kept: Finding[] = [];
  for (let k = 0; k < findings.length; k++) {
    const left = findings[k]!;
    const right = findings[k + 1];
    if (!right || left.end !== right.start || !isSingleGuess(left) || !isSingleGuess(right)) {
      kept.push(left);
      continue;
    }
    const [from, to] = clauseWindow(text, left.start, right.end, CONTEXT);
    const read = (first: string, second: string) =>
      lm.score(text.slice(from, left.start) + first + second + text.slice(right.end, to));
    const both = read(left.suggestion!, right.suggestion!);
    const leftOnly = read(left.suggestion!, text[right.start]!);
    const rightOnly = read(text[left.start]!, right.suggestion!);
    if (both >= leftOnly && both >= rightOnly) kept.push(left, right);
    else kept.push(leftOnly >= rightOnly ? left : right);
    k++;
  }
  return kept;
}
