// Everything the spelling rules read, already loaded: the browser-safe core takes this object and
// never touches files, so Node, a worker or a browser can each load it their own way.
import type { ConfusionSet } from './confusion.ts';
import type { DeDiDeTable } from './de-di-de.ts';
import type { DivisionTable } from './division-table.ts';
import type { LanguageModel } from './language-model.ts';
import type { LeaderEntry } from './leader-table.ts';
import type { Lexicon } from './lexicon.ts';
import type { ProperNameGuard } from './proper-name-guard.ts';
import type { SeriousName } from './serious-names.ts';
import type { WrongWord } from './wrong-words.ts';

export interface SpellingModel {
  lexicon: Lexicon;
  confusion: ConfusionSet;
  lm: LanguageModel;
  wrongWords: readonly WrongWord[];
  seriousNames: readonly SeriousName[];
  divisions: DivisionTable;
  deDiDe: DeDiDeTable;
  names: ProperNameGuard;
  /** The office's table of leaders' names, titles and order (configuration data). */
  leaders: readonly LeaderEntry[];
}
