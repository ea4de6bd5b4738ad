import { describe, expect, it } from 'vitest';
import { codePoints, foldForFeatures } from './features.ts';
import { SentencePoints, foldsUnitByUnit, isSpaceUnit } from './sentence-points.ts';

const read = (input: string, start = 0, end = input.length) => {
  const sentence = new SentencePoints();
  sentence.read(input, start, end);
  return Array.from(sentence.points.subarray(0, sentence.length));
};
const expected = (text: string) => codePoints(`^${foldForFeatures(text)}$`);

describe('SentencePoints', () => {
  it('gives the code points of the marked fold, as ngramFeatures sees them', () => {
    for (const text of [
      '本店全城最低价，快来抢购！',
      'ＷeChat：１３８  号\u3000\t……',
      '¨ ¼ ‥ ⁗ À ﬁ',
      '好😀\ud800',
      'e\u0301 ΑΣ ﾊﾞ 가\u1100\u1161 ℃',
      '',
    ])
      expect(read(text)).toEqual(expected(text));
  });

  it('reads a span of the input', () => {
    expect(read('前文。ＡＢ  12。后文', 3, 10)).toEqual(expected('ＡＢ  12。'));
  });
});

describe('unit helpers', () => {
  it('isSpaceUnit agrees with \\s on every UTF-16 unit', () => {
    for (let unit = 0; unit < 0x10000; unit++)
      expect(isSpaceUnit(unit)).toBe(/\s/.test(String.fromCharCode(unit)));
  });

  it('folds a sentence of unit-by-unit units as the concatenation of its units', () => {
    const units = ['Ａ', 'Σ', '〇', '．', '…', '\u3000', '¨', '好', 'ｶ', '\u302a'];
    expect(units.map((u) => foldsUnitByUnit(u.charCodeAt(0)))).toEqual([
      true,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
