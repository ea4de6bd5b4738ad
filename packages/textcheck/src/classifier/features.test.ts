import { describe, expect, it } from 'vitest';
import { codePoints, foldForFeatures, ngramFeatures } from './features.ts';

describe('classifier features', () => {
  it('folds width, case, digits and spaces', () => {
    expect(foldForFeatures('ＷeChat：１３８  号')).toBe('wechat:000 号');
  });

  it('gives the distinct n-grams between edge marks', () => {
    expect([...ngramFeatures('好好', 1, 2)].sort()).toEqual(
      ['$', '^', '^好', '好', '好$', '好好'].sort(),
    );
  });

  it('never cuts an emoji in half', () => {
    expect([...ngramFeatures('好😀', 2, 2)].sort()).toEqual(['^好', '好😀', '😀$'].sort());
  });

  it('counts code points, a pair as one and a lone surrogate as one', () => {
    expect(codePoints('好😀\ud800')).toEqual([0x597d, 0x1f600, 0xd800]);
  });
});
