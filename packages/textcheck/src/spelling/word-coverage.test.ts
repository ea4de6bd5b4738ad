// Coverage tells how well known words explain each character; a typo leaves its character unexplained.
import { describe, expect, it } from 'vitest';
import { parseLexicon } from './lexicon.ts';
import { buildWordCoverage } from './word-coverage.ts';

const coverage = buildWordCoverage(parseLexicon('程序\t50\n原则\t50\n正当\t50\n公开透明\t60\n'), 3);

describe('word coverage', () => {
  it('leaves a typo and its broken partner unexplained', () => {
    expect([...coverage.cover('程序正档原则', 0, 6)]).toEqual([50, 50, 0, 0, 50, 50]);
  });

  it('gives each character the count of its most frequent word, four-character words included', () => {
    expect([...coverage.cover('公开透明', 0, 4)]).toEqual([60, 60, 60, 60]);
  });
});
