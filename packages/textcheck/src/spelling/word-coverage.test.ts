// Coverage tells how well known words explain each character; a typo leaves its character unexplained.
import { describe, expect, it } from 'vitest';
import { parseLexicon } from './lexicon.ts';
import { buildWordCoverage } from './word-coverage.ts';

const coverage = buildWordCoverage(parseLexicon('程序\t50\n原则\t50\n正当\t50\n公开透明\t60\n'), 3);

describe('word coverage', () => {
  it('leaves a typo and its broken partner unexplained', () => {
    expect([...coverage.cover('程序正档原则').subarray(0, 6)]).toEqual([50, 50, 0, 0, 50, 50]);
  });

  it('gives each character the count of its most frequent word, four-character words included', () => {
    expect([...coverage.cover('公开透明').subarray(0, 4)]).toEqual([60, 60, 60, 60]);
  });

  it('gives characters outside Han runs 0, and starts each text afresh', () => {
    expect([...coverage.cover('程序，原则').subarray(0, 5)]).toEqual([50, 50, 0, 50, 50]);
    expect([...coverage.cover('正当').subarray(0, 2)]).toEqual([50, 50]);
    expect([...coverage.cover('程序正档原则').subarray(0, 6)]).toEqual([50, 50, 0, 0, 50, 50]);
  });

  it('reads three-character words and pair counts from its flat tables', () => {
    const c = buildWordCoverage(parseLexicon('人民\t5\n人民币\t9\n人民日报\t7\n民日\t2\n'), 3);
    expect([...c.cover('人民日报').subarray(0, 4)]).toEqual([7, 7, 7, 7]);
    expect([...c.cover('人民币').subarray(0, 3)]).toEqual([9, 9, 9]);
    expect([c.pairFreq(0x4eba, 0x6c11), c.pairFreq(0x6c11, 0x65e5)]).toEqual([5, 0]);
  });
});
