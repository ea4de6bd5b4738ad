// The candidate index completes a masked character into known words.
import { describe, expect, it } from 'vitest';
import { buildCandidateIndex } from './candidate-index.ts';
import { parseLexicon } from './lexicon.ts';

const index = buildCandidateIndex(parseLexicon('正当\t80\n程序\t80\n再接再厉\t80\n罕见\t1\n'), 50);

const completions = (text: string, i: number) => {
  let out = '';
  index.completions(text, i, 0, text.length, (chars) => (out += chars));
  return out;
};

describe('a candidate index', () => {
  it('offers the characters that turn a window into a frequent word', () => {
    expect(completions('程序正档原则', 3)).toBe('当');
  });

  it('completes four-character words', () => {
    expect(completions('再接再励', 3)).toBe('厉');
  });

  it('ignores words below the frequency floor', () => {
    expect(completions('罕贝', 1)).toBe('');
  });
});
