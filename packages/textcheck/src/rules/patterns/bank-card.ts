// Bank card numbers: 16–19 digits, optionally in groups of four, that pass the Luhn check.
import { scanRegex, type PatternHit } from './span.ts';

/** 16–19 digits with a card-issuer prefix (3, 4, 5, 6 or 9). */
const ISSUER = /^[34569]\d{15,18}$/;
/**
 * Not inside a longer number written in groups (账号4100 1512 0100 5002 3456, 20 digits): a group
 * of digits right before or after, across one space or hyphen, continues the number.
 */
const CARD_PATTERN =
  /(?<![0-9０-９][ -]?)(?:[0-9０-９]{4}[ -]?){3}(?:[0-9０-９]{4}[ -][0-9０-９]{1,3}|[0-9０-９]{4,7})(?![ -]?[0-9０-９])/g;

/** The Luhn (mod 10) check used by UnionPay, Visa and Mastercard numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** 16–19 digits with an issuer prefix; `luhnValid` tells a real number from a mistyped one. */
export function findBankCards(text: string): Array<PatternHit & { luhnValid: boolean }> {
  return scanRegex(text, CARD_PATTERN, (value) => ISSUER.test(value)).map((hit) => ({
    ...hit,
    luhnValid: passesLuhn(hit.value),
  }));
}
