// The common-wrong-word rule (text.wrong-word): a listed wrong form that is not the junction of
// two real words is reported with its listed correction.
import type { Finding } from '../finding.ts';
import { makeFinding } from './make-finding.ts';
import { buildPhraseIndex } from './phrase-index.ts';
import type { SpellingModel } from './spelling-model.ts';
import { straddlesWord } from './word-boundary.ts';

/** A neighbouring word this frequent means the match is a junction, not a wrong word. */
const STRADDLE_FREQ = 20;

export function createWrongWordRule(model: SpellingModel) {
  const index = buildPhraseIndex(model.wrongWords.map((w) => [w.wrong, w.right] as const));
  return (text: string): Finding[] =>
    index
      .findAll(text)
      .filter((h) => !straddlesWord(text, h.start, h.end, model.lexicon, STRADDLE_FREQ))
      .map((h) =>
        makeFinding(
          text,
          'text.wrong-word',
          'warn',
          h.start,
          h.end,
          h.value,
          `常见错误写法：“${text.slice(h.start, h.end)}”应为“${h.value}”`,
        ),
      );
}
