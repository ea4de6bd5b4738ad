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

  it('tells which span the words formed with a replaced character would explain', () => {
    const c = buildWordCoverage(parseLexicon('嫌疑\t50\n嫌疑人\t40\n疑人\t1\n人皆\t9\n'), 3);
    const text = '犯罪兼疑人皆须';
    const at = text.indexOf('兼');
    // 嫌疑 and 嫌疑人 contain the slip's position; 疑人 and 人皆 do not.
    expect(c.explainedWith(text, at, '嫌'.charCodeAt(0), 0, text.length)).toEqual([2, 5]);
    // Clipped to the run given, and empty when no word forms.
    expect(c.explainedWith(text, at, '嫌'.charCodeAt(0), 0, 4)).toEqual([2, 4]);
    expect(c.explainedWith(text, at, '兼'.charCodeAt(0), 0, text.length)).toEqual([at, at]);
  });
});
