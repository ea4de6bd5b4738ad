// The text gate's detector: runs every spelling rule family over the text and keeps, where
// findings overlap, the one from the more serious and more specific family; of two guessed slips
// side by side, those of the likelier reading. Protected terms (official abbreviations, app names,
// set phrases) are never reported as typos.
import type { Finding, TextGateDetector } from '../finding.ts';
import { resolveAdjacentGuesses } from './adjacent-guesses.ts';
import { createDeDiDeRule } from './de-di-de-rule.ts';
import { createDivisionRule } from './division-rule.ts';
import {
  createHomophoneRule,
  DEFAULT_HOMOPHONE_OPTIONS,
  type HomophoneRuleOptions,
} from './homophone-rule.ts';
import { createIdiomRule } from './idiom-rule.ts';
import { protectedSpans } from './protected-terms.ts';
import { jiezhiRule } from './jiezhi-rule.ts';
import { createLeaderRule } from './leader-rule.ts';
import { createSeriousNameRule } from './serious-name-rule.ts';
import type { SpellingModel } from './spelling-model.ts';
import { createTypoRule, DEFAULT_TYPO_OPTIONS, type TypoRuleOptions } from './typo-rule.ts';
import { createWrongWordRule } from './wrong-word-rule.ts';

export interface TypoDetectorOptions {
  /** Tuning of the language-model rule (text.typo); the defaults favour precision. */
  typo?: Partial<TypoRuleOptions>;
  /**
   * Tuning of the sound-alike word rule (text.homophone); `false` leaves it out (it takes about
   * half the detector's time).
   */
  homophone?: Partial<HomophoneRuleOptions> | false;
}

/** Rule families from most to least trusted; an overlapping finding of a later one is dropped. */
const PRIORITY = [
  'text.serious-name',
  'text.leader-name',
  'text.leader-title',
  'text.leader-order',
  'text.division-name',
  'text.idiom',
  'text.wrong-word',
  'text.jiezhi-jiezhi',
  'text.de-di-de',
  'text.typo',
  'text.homophone',
  // A guess from outside the confusion sets yields to a sound-alike's (诀择: 抉, not 选).
  'text.rare-char',
];
/** Rules that guess from the language model: never inside a protected term. */
const GUESSES = new Set(['text.typo', 'text.homophone', 'text.rare-char']);
const rank = (f: Finding): number => PRIORITY.indexOf(f.rule);

export function createTypoDetector(
  model: SpellingModel,
  options: TypoDetectorOptions = {},
): TextGateDetector {
  const rules = [
    createSeriousNameRule(model),
    createLeaderRule(model),
    createDivisionRule(model),
    createIdiomRule(model),
    createWrongWordRule(model),
    jiezhiRule,
    createDeDiDeRule(model.deDiDe),
    createTypoRule(model, { ...DEFAULT_TYPO_OPTIONS, ...options.typo }),
    ...(options.homophone === false
      ? []
      : [createHomophoneRule(model, { ...DEFAULT_HOMOPHONE_OPTIONS, ...options.homophone })]),
  ];
  return {
    detect(text) {
      const all = rules
        .flatMap((rule) => rule(text))
        .sort((a, b) => rank(a) - rank(b) || a.start - b.start);
      const kept: Finding[] = [];
      const guarded = all.some((f) => GUESSES.has(f.rule)) ? protectedSpans(text) : [];
      const isGuarded = (f: Finding) =>
        GUESSES.has(f.rule) && guarded.some((g) => g.start < f.end && f.start < g.end);
      for (const f of all) {
        if (isGuarded(f)) continue;
        if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
      }
      kept.sort((a, b) => a.start - b.start || a.end - b.end);
      return resolveAdjacentGuesses(text, kept, model.lm);
    },
  };
}
