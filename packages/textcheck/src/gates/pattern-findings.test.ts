// The squeezed copy the pattern rules read: fillers and emoji dropped, full-width letters and
// digits and traditional characters read one for one, and a map back to the original offsets.
import { describe, expect, it } from 'vitest';
import { squeeze } from './pattern-findings.ts';

describe('squeeze', () => {
  it('reads a post with nothing to drop or fold as it is', () => {
    const text = '今天天气晴朗，最高气温25℃。';
    const squeezed = squeeze(text);
    expect(squeezed.text).toBe(text);
    expect([...squeezed.offsets]).toEqual([...text].map((_, i) => i));
  });

  it('drops the fillers inserted to dodge a filter and maps back to the original', () => {
    const text = '全-网 最·低❤价';
    const squeezed = squeeze(text);
    expect(squeezed.text).toBe('全网最低价');
    expect([...squeezed.offsets]).toEqual([0, 2, 4, 6, 8]);
  });

  it('drops emoji and their variation selectors', () => {
    const squeezed = squeeze('加\u{1F49A}微\u2764\uFE0F信');
    expect(squeezed.text).toBe('加微信');
    expect([...squeezed.offsets]).toEqual([0, 3, 6]);
  });

  it('reads full-width letters and digits as ASCII and traditional characters as simplified', () => {
    expect(squeeze('加ｋｙ８８８優惠').text).toBe('加ky888优惠');
    expect(squeeze('顯著').text).toBe('显著');
  });

  it('keeps line breaks and drops the noncharacter U+FFFF', () => {
    expect(squeeze('第一行\n第二\uFFFF行').text).toBe('第一行\n第二行');
  });
});
