// Side-by-side guesses: the left fix, the right fix or both, as the language model reads best.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.ts';
import { resolveAdjacentGuesses } from './adjacent-guesses.ts';
import type { LanguageModel } from './language-model.ts';

const guess = (text: string, at: number, suggestion: string, rule = 'text.typo'): Finding => ({
  gate: 'text',
  rule,
  severity: 'warn',
  start: at,
  end: at + 1,
  excerpt: text[at]!,
  message: '',
  suggestion,
});

/** A model that knows only the listed words: each one read adds a point. */
const knowing = (...words: string[]): LanguageModel => ({
  score: (text) => words.filter((w) => text.includes(w)).length,
});

describe('guessed slips side by side', () => {
  const text = '社会本育指导员';
  const pair = [guess(text, 2, '体'), guess(text, 3, '月')];

  it('keeps the left fix when it reads best', () => {
    expect(resolveAdjacentGuesses(text, pair, knowing('体育')).map((f) => f.excerpt)).toEqual([
      '本',
    ]);
  });

  it('keeps the right fix when it reads best', () => {
    expect(resolveAdjacentGuesses(text, pair, knowing('本月')).map((f) => f.excerpt)).toEqual([
      '育',
    ]);
  });

  it('keeps both when the two fixes together read best', () => {
    expect(resolveAdjacentGuesses(text, pair, knowing('体月')).map((f) => f.excerpt)).toEqual([
      '本',
      '育',
    ]);
  });

  it('leaves guesses apart, and findings of other rules, as they are', () => {
    const apart = [guess(text, 1, '体'), guess(text, 3, '月')];
    const named = [guess(text, 2, '体'), guess(text, 3, '月', 'text.serious-name')];
    expect([
      resolveAdjacentGuesses(text, apart, knowing('体育')),
      resolveAdjacentGuesses(text, named, knowing('体育')),
    ]).toEqual([apart, named]);
  });
});
