import { describe, expect, it } from 'vitest';
import { readCount } from './chinese-count.ts';

describe('readCount', () => {
  it('reads a count in digits or in Chinese numerals', () => {
    expect(readCount('130')).toBe(130);
    expect(readCount('１３０')).toBe(130);
    expect(readCount('一百三十')).toBe(130);
    expect(readCount('一百零五')).toBe(105);
    expect(readCount('五十')).toBe(50);
    expect(readCount('十五')).toBe(15);
    expect(readCount('十')).toBe(10);
    expect(readCount('九')).toBe(9);
  });

  it('reads nothing from what is no count', () => {
    expect(readCount('周')).toBeUndefined();
    expect(readCount('')).toBeUndefined();
  });
});
