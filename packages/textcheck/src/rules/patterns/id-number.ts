// Resident identity numbers (GB 11643-1999): 18 characters, region code, birth date, ISO 7064 check.
import { scanRegex, type PatternHit } from './span.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91,
]);
const D = '[0-9０-９]';
// Groups 6-8-4 may be split by a space or a dash (620102-19710325-1837), the same one both times.
const ID_PATTERN = new RegExp(
  `(?<![0-9０-９A-Za-z\\-])${D}{6}(?:([ \\-－])?${D}{8}\\1?)${D}{3}[0-9０-９XxＸｘ](?![0-9０-９A-Za-z]|[\\-－][0-9０-９])`,
  'g',
);

function validBirthDate(digits: string): boolean {
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for an 18-character number whose region, birth date and check character are all valid. */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  if (!PROVINCE_CODES.has(Number(value.slice(0, 2)))) return false;
  if (!validBirthDate(value.slice(6, 14))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] === value[17];
}

/** A well-formed region code and birth date, whatever the check character (a mistyped number). */
export function isIdShaped(value: string): boolean {
  return (
    /^\d{17}[\dX]$/.test(value) &&
    PROVINCE_CODES.has(Number(value.slice(0, 2))) &&
    validBirthDate(value.slice(6, 14))
  );
}

/** Numbers that are ID-shaped; `checksumValid` tells a real number from a mistyped or made-up one. */
export function findIdNumbers(text: string): Array<PatternHit & { checksumValid: boolean }> {
  return scanRegex(text, ID_PATTERN, (value) => isIdShaped(value)).map((hit) => ({
    ...hit,
    checksumValid: isValidIdNumber(hit.value),
  }));
}
