import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../api/types.ts';
import { editableValues, toPatch, toPayload } from './form-values.ts';

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

describe('toPatch', () => {
  it('turns blank and cleared fields into null so that the edit empties them', () => {
    expect(toPatch({ name: ' 江临发布 ', handle: '  ', openedOn: null, url: undefined })).toEqual({
      name: '江临发布',
      handle: null,
      openedOn: null,
    });
  });

  it('formats dates and keeps arrays', () => {
    expect(toPatch({ openedOn: dayjs('2026-03-05'), services: [] })).toEqual({
      openedOn: '2026-03-05',
      services: [],
    });
  });
});

describe('editableValues', () => {
  const account = {
    id: 'a-1',
    unitId: 'u-1',
    platform: 'weibo',
    name: '江临发布',
    handle: null,
    url: null,
    certification: null,
    operatorKind: 'contracted',
    operatorName: '某传媒公司',
    operatorContractEnd: '2027-06-30',
    licence: null,
    services: ['news'],
    openedOn: null,
    duplicateReason: null,
    status: 'pending',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  } satisfies Account;

  it('prefills only the fields an edit may change, dates as dayjs', () => {
    const values = editableValues(account);
    expect(Object.keys(values)).not.toContain('platform');
    expect(Object.keys(values)).not.toContain('status');
    expect(values).toMatchObject({ name: '江临发布', operatorKind: 'contracted', openedOn: null });
    expect((values.operatorContractEnd as dayjs.Dayjs).format('YYYY-MM-DD')).toBe('2027-06-30');
  });

  it('round-trips through toPatch unchanged', () => {
    expect(toPatch(editableValues(account))).toEqual({
      name: '江临发布',
      handle: null,
      url: null,
      certification: null,
      operatorKind: 'contracted',
      operatorName: '某传媒公司',
      operatorContractEnd: '2027-06-30',
      licence: null,
      services: ['news'],
      openedOn: null,
      duplicateReason: null,
    });
  });
});
