// Skips regular expressions a text cannot match. Every guarded expression's required literals
// (regex-literals.ts) go into one multi-pattern matcher; one pass over a text then tells which
// guarded expressions may match it. Expressions are guarded where they are defined, once.
import { buildPrefilter, type Prefilter } from './pattern-prefilter.ts';

const guardedList: RegExp[] = [];
const indexOf = new Map<RegExp, number>();
let prefilter: Prefilter | null = null;
/** The answers for the last few texts (the gates read the same text, squeezed or not). */
const recent = new Map<string, Uint8Array>();
const RECENT_TEXTS = 4;

/** Registers `re` so that `mayMatch` can rule it out; returns it. */
export function guard<T extends RegExp>(re: T): T {
  if (!indexOf.has(re)) {
    indexOf.set(re, guardedList.length);
    guardedList.push(re);
    prefilter = null;
    recent.clear();
  }
  return re;
}

/** Registers the expression of every rule; returns the rules. */
export function guardRules<T extends { pattern: RegExp }>(rules: T[]): T[] {
  for (const rule of rules) guard(rule.pattern);
  return rules;
}

/** Every guarded expression, in the order guarded. */
export function guardedExpressions(): readonly RegExp[] {
  return guardedList;
}

/** False only when `re` is guarded and `text` holds none of the literals it needs. */
export function mayMatch(re: RegExp, text: string): boolean {
  const index = indexOf.get(re);
  if (index === undefined) return true;
  let may = recent.get(text);
  if (!may) {
    prefilter ??= buildPrefilter(guardedList);
    may = prefilter(text);
    if (recent.size >= RECENT_TEXTS) recent.clear();
    recent.set(text, may);
  }
  return may[index] === 1;
}
