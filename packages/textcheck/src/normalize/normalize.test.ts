// Character folding: width, case, traditional → simplified, number styles and look-alikes.
import { describe, expect, it } from 'vitest';
import { normalize, normalizeAll } from './index.ts';

const text = (input: string, options = {}) => normalize(input, options).text;

describe('normalize', () => {
  it('turns full-width letters, digits and the ideographic space into ASCII', () => {
    expect(text('ＡＢＣ　１２３')).toBe('abc 123');
  });

  it('lower-cases Latin, Greek and Cyrillic letters', () => {
    expect(text('WeChat ΑΒΓ ДОМ', { lookAlike: false })).toBe('wechat αβγ дом');
  });

  it('folds Cyrillic letters that look Latin to Latin', () => {
    expect(text('раураl')).toBe('paypal');
  });

  it('turns traditional characters into simplified ones', () => {
    expect(text('這個網站價格最低')).toBe('这个网站价格最低');
  });

  it('turns circled, parenthesised and Roman numbers into digits', () => {
    expect(text('①⑳⑽Ⅻ㈢')).toBe('1201012' + '3');
  });

  it('leaves Chinese and financial numerals alone because they are ordinary words too', () => {
    expect(text('一二三、壹贰、大陆、队伍')).toBe('一二三、壹贰、大陆、队伍');
  });

  it('folds look-alike letters, accents and mathematical alphabets to plain letters', () => {
    expect(text('𝕳𝖊𝖑𝖑𝖔 ⓦⓔⓒⓗⓐⓣ café')).toBe('hello wechat cafe');
  });

  it('folds Kangxi radicals to the ideographs they look like', () => {
    expect(text('⼈⼝')).toBe('人口');
  });

  it('expands one character into several when its plain form is longer', () => {
    expect(text('½')).toBe('1/2');
  });

  it('keeps characters outside the basic plane intact', () => {
    expect(text('𠮷野家')).toBe('𠮷野家');
  });

  it('applies only the enabled steps', () => {
    const options = {
      fullWidth: false,
      lowerCase: false,
      simplified: false,
      numbers: false,
      lookAlike: false,
    };
    expect(text('ＡＢ這①é', options)).toBe('ＡＢ這①é');
  });

  it('is idempotent', () => {
    const once = text('這個ＶＸ①ⓐ　全-网-最-低-价');
    expect(text(once)).toBe(once);
  });

  it('normalises many inputs at once exactly as one by one', () => {
    const inputs = ['這個', 'ＶＸ', '', '½', '全-网'];
    expect(normalizeAll(inputs)).toEqual(inputs.map((input) => normalize(input).text));
  });
});
