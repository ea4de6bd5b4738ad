// Turns form values into API payloads: dayjs dates become YYYY-MM-DD, blank text is dropped.
import type { Dayjs } from 'dayjs';

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
