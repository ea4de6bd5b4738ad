// Turns form values into API payloads and back: dayjs dates become YYYY-MM-DD, blank text is dropped
// (or, in an edit, cleared).
import type { AccountPatch } from '@govmedia/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import type { Account } from '../../api/types.ts';

const isDayjs = (v: unknown): v is Dayjs =>
  typeof v === 'object' && v !== null && 'format' in v && typeof (v as Dayjs).format === 'function';

/** Drops undefined, null and blank strings; formats dates; trims text. */
export function toPayload(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') {
      if (value.trim() !== '') out[key] = value.trim();
    } else if (isDayjs(value)) out[key] = value.format('YYYY-MM-DD');
    else out[key] = value;
  }
  return out;
}

/** Like toPayload, but a blank or cleared field becomes null so that an edit empties it. */
export function toPatch(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (typeof value === 'string') out[key] = value.trim() === '' ? null : value.trim();
    else if (isDayjs(value)) out[key] = value.format('YYYY-MM-DD');
    else out[key] = value;
  }
  return out;
}

const EDITABLE = [
  'name',
  'handle',
  'url',
  'certification',
  'operatorKind',
  'operatorName',
  'operatorContractEnd',
  'licence',
  'services',
  'openedOn',
  'duplicateReason',
] as const satisfies readonly (keyof AccountPatch)[];
const DATES = new Set<string>(['operatorContractEnd', 'openedOn']);

/** The edit form's initial values: the account's fields the PATCH accepts, dates as dayjs. */
export function editableValues(account: Account): Record<string, unknown> {
  return Object.fromEntries(
    EDITABLE.map((key) => {
      const value = account[key];
      return [key, DATES.has(key) && typeof value === 'string' ? dayjs(value) : value];
    }),
  );
}
