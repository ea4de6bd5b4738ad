// The offset map: every span of the normalised text maps back to the smallest original span.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from './index.ts';

function originalOf(input: string, needle: string, options = {}): string {
  const normalized = normalize(input, options);
  const at = normalized.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const span = normalized.toOriginal(at, at + needle.length);
  return input.slice(span.start, span.end);
}

describe('toOriginal', () => {
  it('covers the noise inside a finding exactly', () => {
    expect(originalOf('首页：全-网-最-低-价！', '全网最低价')).toBe('全-网-最-低-价');
  });

  it('leaves out noise and invisible characters around a finding', () => {
    expect(originalOf('\u200b 加 微 信 \u200b', '微信')).toBe('微 信');
  });

  it('maps a folded character to the character it came from', () => {
    expect(originalOf('這個ＶＸ號', 'vx号')).toBe('ＶＸ號');
  });

  it('maps every unit of an expansion to the whole character', () => {
    expect(originalOf('约½斤', '/')).toBe('½');
  });

  it('maps both halves of a supplementary character to the whole pair', () => {
    const normalized = normalize('去𠮷野家');
    expect(normalized.toOriginal(1, 2)).toEqual({ start: 1, end: 3 });
  });

  it('maps an empty span to an empty span before the next character', () => {
    const normalized = normalize('全-网');
    expect(normalized.toOriginal(1, 1)).toEqual({ start: 2, end: 2 });
    expect(normalized.toOriginal(2, 2)).toEqual({ start: 3, end: 3 });
  });

  it('clamps spans that reach past the end', () => {
    expect(normalize('微信').toOriginal(1, 99)).toEqual({ start: 1, end: 2 });
  });

  it('maps every unit to a non-empty span, in order, and a span to the union of its units', () => {
    const unit = fc.constantFrom(
      '微',
      '信',
      '-',
      ' ',
      '\u200b',
      '。',
      'Ａ',
      '½',
      '😀',
      '𠮷',
      'é',
      '\ud842',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (input) => {
        const normalized = normalize(input);
        const n = normalized.text.length;
        let previous = { start: 0, end: 0 };
        for (let i = 0; i < n; i++) {
          const span = normalized.toOriginal(i, i + 1);
          expect(span.start).toBeLessThan(span.end);
          expect(span.start).toBeGreaterThanOrEqual(previous.start);
          expect(span.end).toBeLessThanOrEqual(input.length);
          previous = span;
        }
        if (n > 0) {
          expect(normalized.toOriginal(0, n)).toEqual({
            start: normalized.toOriginal(0, 1).start,
            end: normalized.toOriginal(n - 1, n).end,
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});
