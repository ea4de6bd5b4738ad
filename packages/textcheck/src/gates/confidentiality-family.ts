// The shape of the confidentiality gate's families of wording: an expression and what a match of it
// reports, with the conditions that keep a match quiet (confidentiality-families.ts reads them).
import { sentenceAround, SENTENCE_END } from './sentence.ts';

/** A family of wording: a global expression, and what a match of it reports. */
export interface Family {
  re: RegExp;
  rule: string;
  severity: 'block' | 'warn';
  message: string;
  /** Only texts passing this are searched (exam questions: before the exam, not after). */
  when?: (text: string) => boolean;
  /** A match is reported only if it passes this. */
  accept?: (match: string) => boolean;
  /** A match is reported only if this passes, given the post and where the match starts. */
  acceptAt?: (text: string, start: number) => boolean;
  /** Up to eight characters before the match, matched by this (anchored at $), join the finding. */
  widenLeft?: RegExp;
  /** Only the match's last `tail` characters are reported. */
  tail?: number;
  /** A match right after text matching this (anchored at $) is not reported. */
  notAfter?: RegExp;
}

/** An `acceptAt` that passes where the sentence around the match has no word of `words`. */
export function sentenceLacks(words: RegExp): (text: string, start: number) => boolean {
  return (text, start) => {
    const [from, to] = sentenceAround(text, start, start + 2, SENTENCE_END);
    return !words.test(text.slice(from, to));
  };
}

/**
 * An `acceptAt` that passes where the text from 60 characters before the match to 80 after its
 * start has a word of `has` and none of `lacks`.
 */
export function nearbyHasWithout(
  has: RegExp,
  lacks: RegExp,
): (text: string, start: number) => boolean {
  return (text, start) => {
    const near = text.slice(Math.max(0, start - 60), start + 80);
    return has.test(near) && !lacks.test(near);
  };
}
