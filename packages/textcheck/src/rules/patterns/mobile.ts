// Mainland mobile numbers: 11 digits starting 13–19, optionally +86 and spaced or dashed 3-4-4.
import { scanRegex, type PatternHit } from './span.ts';

const D = '[0-9０-９]';
const MOBILE_PATTERN = new RegExp(
  `(?<![0-9０-９*＊])(?:\\+?86[ -]?)?[1１][3-9３-９]${D}[ -]?${D}{4}[ -]?${D}{4}(?![0-9０-９*＊])`,
  'g',
);

/** True for an 11-digit mobile number (a leading 86 country code is ignored). */
export function isMobileNumber(value: string): boolean {
  const local = value.length === 13 && value.startsWith('86') ? value.slice(2) : value;
  return /^1[3-9]\d{9}$/.test(local);
}

export function findMobileNumbers(text: string): PatternHit[] {
  return scanRegex(text, MOBILE_PATTERN, (value) => isMobileNumber(value));
}
