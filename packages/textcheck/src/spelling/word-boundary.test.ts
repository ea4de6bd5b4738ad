// A match that cuts through a real word of its context is a junction, not a wrong word.
import { describe, expect, it } from 'vitest';
import { parseLexicon } from './lexicon.ts';
import { straddlesWord } from './word-boundary.ts';

const lexicon = parseLexicon('周末\t500\n经常\t500\n安排\t7836\n排布\t34\n');

describe('straddlesWord', () => {
  it('is true when a word crosses the start of the span (周末|来)', () => {
    expect(straddlesWord('周末来看看', 1, 3, lexicon, 20)).toBe(true);
  });

  it('is true when a word crosses the end of the span (己|经常)', () => {
    expect(straddlesWord('自己经常', 0, 3, lexicon, 20)).toBe(true);
  });

  it('is false when a far more frequent word ends at the edge instead (安排|布署, not 排布)', () => {
    expect(straddlesWord('认真安排布署', 4, 6, lexicon, 20)).toBe(false);
  });

  it('is false for a span between words', () => {
    expect(straddlesWord('我们末来再说', 2, 4, lexicon, 20)).toBe(false);
  });
});
