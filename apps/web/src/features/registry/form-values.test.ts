import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toPayload } from './form-values.ts';

describe('toPayload', () => {
  it('formats dates as YYYY-MM-DD', () => {
    expect(toPayload({ effectiveDate: dayjs('2026-03-05T10:00:00') })).toEqual({
      effectiveDate: '2026-03-05',
    });
  });

  it('drops blank and missing values and trims text', () => {
    expect(toPayload({ name: ' 江临发布 ', handle: '  ', url: undefined, licence: null })).toEqual({
      name: '江临发布',
    });
  });

  it('keeps arrays, booleans and numbers as they are', () => {
    expect(toPayload({ services: ['news'], resume: false, n: 0 })).toEqual({
      services: ['news'],
      resume: false,
      n: 0,
    });
  });
});
