// Noise inside words: runs the table in test/cases/noise-cases.ts, then the options that tune it.
import { describe, expect, it } from 'vitest';
import { NOISE_CASES } from '../../test/cases/noise-cases.ts';
import { normalize } from './index.ts';

describe('noise inside words', () => {
  it.each(NOISE_CASES)('$name', ({ input, text }) => {
    expect(normalize(input).text).toBe(text);
  });

  it('strips nothing but invisible characters when stripNoise is off', () => {
    expect(normalize('全-网\u200b最', { stripNoise: false }).text).toBe('全-网最');
  });

  it('strips longer runs when maxNoiseRun allows them', () => {
    expect(normalize('微 ** 信', { maxNoiseRun: 4 }).text).toBe('微信');
  });
});
