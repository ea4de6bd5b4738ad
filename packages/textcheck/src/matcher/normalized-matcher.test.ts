// The normalising matcher finds disguised patterns and reports original spans; it must agree
// exactly with normalize() followed by findAll() and toOriginal().
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, type NormalizeOptions } from '../normalize/index.ts';
import { buildMatcher, buildNormalizedMatcher, type MatchMode } from './index.ts';

const soundAlike = new Map([
  ['V信', '微信'],
  ['薇信', '微信'],
  ['𠮷', '吉'],
]);

function spans(text: string, patterns: string[], options: NormalizeOptions = {}, mode?: MatchMode) {
  return buildNormalizedMatcher(patterns, options)
    .scanNormalized(text, mode)
    .map((m) => text.slice(m.start, m.end));
}

describe('buildNormalizedMatcher', () => {
  it('finds a pattern broken up by noise and reports the whole original span', () => {
    expect(spans('本店全-网-最-低-价！', ['全网最低价'])).toEqual(['全-网-最-低-价']);
  });

  it('finds traditional, full-width and sound-alike spellings of a pattern', () => {
    expect(spans('加 Ｖ 信、加薇信、這個微​信號', ['加微信', '微信号'], { soundAlike })).toEqual([
      '加 Ｖ 信',
      '加薇信',
      '微​信號',
    ]);
  });

  it('does not match across a full stop or a comma', () => {
    expect(spans('我爱中国。香港很美，最佳，国家', ['中国香港', '最佳国家'])).toEqual([]);
  });

  it('normalises the patterns like the text, trimming noise at their edges', () => {
    const matcher = buildNormalizedMatcher([' 全 网-最低價 ', 'ＶＸ']);
    expect(matcher.normalizedPatterns).toEqual(['全网最低价', 'vx']);
  });

  it('reports overlapping matches in original offsets', () => {
    expect(spans('全-网-最-低-价', ['全网最低', '最低价'], {}, 'overlapping')).toEqual([
      '全-网-最-低',
      '最-低-价',
    ]);
  });

  it.each([
    ['without', {}],
    ['with', { soundAlike }],
  ] as const)(
    'agrees with normalize, findAll and toOriginal on random text, %s sound-alikes',
    (_, options: NormalizeOptions) => {
      const unit = fc.constantFrom(
        '微',
        '信',
        '薇',
        'V',
        'ｖ',
        '-',
        ' ',
        '\u200b',
        '。',
        '，',
        '這',
        '这',
        '😀',
        '𠮷',
        '吉',
        '½',
        'a',
      );
      fc.assert(
        fc.property(
          fc.array(fc.string({ unit, minLength: 1, maxLength: 4 }), { maxLength: 6 }),
          fc.string({ unit, maxLength: 40 }),
          fc.constantFrom<MatchMode>('leftmost-longest', 'overlapping'),
          (patterns, text, mode) => {
            const fused = buildNormalizedMatcher(patterns, options);
            const normalized = normalize(text, options);
            const expected = buildMatcher(fused.normalizedPatterns)
              .findAll(normalized.text, mode)
              .map((m) => ({ pattern: m.pattern, ...normalized.toOriginal(m.start, m.end) }));
            expect(fused.scanNormalized(text, mode)).toEqual(expected);
          },
        ),
        { numRuns: 600 },
      );
    },
  );

  it.each([
    ['cut into pieces at boundaries', ['微信', '全网最低价', '信全'], true],
    ['whole, because a pattern contains a boundary', ['微信', '全网最低价', '信，全'], false],
  ] as const)(
    'scans a long text %s with the same result as normalize and findAll',
    (_, patterns, piecewise) => {
      const unit = fc.constantFrom(
        '微',
        '信',
        '全',
        '网',
        '最',
        '低',
        '价',
        '-',
        ' ',
        '。',
        '，',
        '\n',
        '😀',
        '½',
      );
      fc.assert(
        fc.property(fc.string({ unit, minLength: 40_000, maxLength: 60_000 }), (text) => {
          const fused = buildNormalizedMatcher(patterns, { soundAlike });
          expect(fused.piecewise).toBe(piecewise);
          const normalized = normalize(text, { soundAlike });
          for (const mode of ['leftmost-longest', 'overlapping'] as const) {
            const expected = buildMatcher(fused.normalizedPatterns)
              .findAll(normalized.text, mode)
              .map((m) => ({ pattern: m.pattern, ...normalized.toOriginal(m.start, m.end) }));
            expect(fused.scanNormalized(text, mode)).toEqual(expected);
          }
        }),
        { numRuns: 5 },
      );
    },
  );
});
