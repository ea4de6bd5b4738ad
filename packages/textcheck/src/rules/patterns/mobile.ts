// Mainland mobile numbers: 11 digits starting 13–19, optionally +86 and spaced or dashed 3-4-4;
// and Hong Kong, Macao and Taiwan mobiles written with their calling code (+852 9123 4567,
// +853 6612 3456, +886 912 345 678), which is what marks eight or nine digits as a mobile.
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

/**
 * A Hong Kong (+852, mobiles start 4–9), Macao (+853, start 6) or Taiwan (+886, start 9, a trunk 0
 * sometimes kept) mobile after its calling code, + or 00, optionally bracketed; landlines (852 2…,
 * 886 2…) do not start so.
 */
const REGIONAL_MOBILE = new RegExp(
  `(?<![0-9０-９])[(（]?(?:\\+|00)(?:85[23][)）]?[ -]?[4-9]${D}{3}[ -]?${D}{4}|886[)）]?[ -]?0?9${D}{2}[ -]?${D}{3}[ -]?${D}{3})(?![0-9０-９*＊])`,
  'g',
);

function isRegionalMobile(value: string): boolean {
  return /^(?:00)?(?:852[4-9]\d{7}|8536\d{7}|8860?9\d{8})$/.test(value);
}

export function findMobileNumbers(text: string): PatternHit[] {
  return [
    ...scanRegex(text, MOBILE_PATTERN, (value) => isMobileNumber(value)),
    ...scanRegex(text, REGIONAL_MOBILE, (value) => isRegionalMobile(value)),
  ].sort((a, b) => a.start - b.start);
}
