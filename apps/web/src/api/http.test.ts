import { describe, expect, it } from 'vitest';
import { withQuery } from './http.ts';

describe('withQuery', () => {
  it('adds only the query values that are set', () => {
    expect(
      withQuery('/api/accounts', { platform: 'weibo', status: undefined, q: '', unitId: null }),
    ).toBe('/api/accounts?platform=weibo');
  });

  it('encodes Chinese text', () => {
    expect(withQuery('/api/public/verify', { q: '江临发布' })).toBe(
      '/api/public/verify?q=%E6%B1%9F%E4%B8%B4%E5%8F%91%E5%B8%83',
    );
  });

  it('leaves a path without query values unchanged', () => {
    expect(withQuery('/api/units')).toBe('/api/units');
  });
});
