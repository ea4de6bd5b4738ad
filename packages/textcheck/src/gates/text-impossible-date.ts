// A date that no calendar has: 6月31日, 2月30日, 4月31日, and 2月29日 in a year written beside it that is
// no leap year (2026年2月29日). An editor's slip in a notice's day is a text-gate fault the reader
// cannot repair: the event has no day. Left: a valid day, a span whose end is the next month's
// (1月30日至2月2日), 2月29日 with no year or in a leap year, and a lunar date (农历2月30日).
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';

/** The days of each month, February in a leap year. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A month and a day in digits (full-width too), a year before them if written: 2026年6月31日. */
const MONTH_DAY = guard(
  /(?:((?:19|20)[0-9]{2})年)?(?<![0-9０-９])([0-9０-９]{1,2})月([0-9０-９]{1,2})日/g,
);

const toNumber = (digits: string): number =>
  Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
const leap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function findImpossibleDates(text: string): GateFinding[] {
  if (!text.includes('日')) return [];
  const out: GateFinding[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = toNumber(m[2]!);
    const day = toNumber(m[3]!);
    if (month < 1 || month > 12 || day < 1) continue;
    // A lunar month has 30 days: 农历2月30日 is a day.
    if (/农历|阴历/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const year = m[1] ? Number(m[1]) : undefined;
    const last = month === 2 && year !== undefined && !leap(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
    if (day <= last) continue;
    const start = m.index + (m[1] ? m[1].length + 1 : 0);
    out.push({
      gate: 'text',
      rule: 'text.impossible-date',
      severity: 'warn',
      start,
      end: m.index + m[0].length,
      message: `日期有误：${month}月没有${day}日，请核对`,
    });
  }
  return out;
}
