import { describe, expect, it } from 'vitest';
import { handleKey, looksLikeUrl, nameKey, urlKey } from './account-identity.ts';

describe('account identity keys', () => {
  it('folds scheme, www, trailing slashes and fragments out of URLs', () => {
    expect(urlKey('https://www.Weibo.com/u/123/#top')).toBe('weibo.com/u/123');
    expect(urlKey('weibo.com/u/123')).toBe('weibo.com/u/123');
  });
  it('keeps the query, which identifies WeChat articles and accounts', () => {
    expect(urlKey('https://mp.weixin.qq.com/s?__biz=MzA')).toBe('mp.weixin.qq.com/s?__biz=MzA');
  });
  it('refuses text that is not a URL', () => {
    expect(urlKey('平安北京')).toBeUndefined();
  });
  it('recognises URLs with and without a scheme', () => {
    expect(looksLikeUrl('weibo.com/pinganbeijing')).toBe(true);
    expect(looksLikeUrl('@pinganbeijing')).toBe(false);
  });
  it('compares handles without @ and case, names without spaces and full-width forms', () => {
    expect(handleKey('@PingAn')).toBe('pingan');
    expect(nameKey('平安 北京ＡＢＣ')).toBe('平安北京abc');
  });
});
