// `re.test` for short windows of a text (the sentence or reach around a term), which gates ask
// of the same expression many times per post: a window holding none of the literals every match
// needs (regex-literals.ts) is answered without running the expression.
import { buildMatcher, type PatternMatcher } from '../matcher/index.ts';
import { requiredLiterals } from './regex-literals.ts';

/** Per expression: the matcher of its required literals, or null when it has none to rule on. */
const literalMatchers = new WeakMap<RegExp, PatternMatcher | null>();

function literalMatcherOf(re: RegExp): PatternMatcher | null {
  let matcher = literalMatchers.get(re);
  if (matcher === undefined) {
    const literals = requiredLiterals(re);
    matcher = literals ? buildMatcher(literals) : null;
    literalMatchers.set(re, matcher);
  }
  return matcher;
}

/** Exactly `re.test(window)` for an expression that is neither global nor sticky. */
export function testWindow(re: RegExp, window: string): boolean {
  if (re.global || re.sticky)
    throw new TypeError(`testWindow needs a plain expression: ${re.source}`);
  const matcher = literalMatcherOf(re);
  if (matcher && matcher.findAll(window).length === 0) return false;
  return re.test(window);
}
