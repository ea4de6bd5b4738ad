// Picks the pattern rules a text can match at all: one pass of the multi-pattern matcher over the
// literals each rule's expression cannot match without (regex-literals.ts). Rules without such a
// set always run. Built once per list of rules.
import { buildMatcher } from '../matcher/index.ts';
import { requiredLiterals } from './regex-literals.ts';

/** For a text, which of the expressions (by index) may match it. */
export type Prefilter = (text: string) => Uint8Array;

export function buildPrefilter(patterns: readonly RegExp[]): Prefilter {
  const always = new Uint8Array(patterns.length);
  const owners = new Map<string, number[]>();
  patterns.forEach((pattern, index) => {
    const literals = requiredLiterals(pattern);
    if (!literals) always[index] = 1;
    else
      for (const literal of literals) owners.set(literal, [...(owners.get(literal) ?? []), index]);
  });
  const literalOwners = [...owners.values()];
  const matcher = buildMatcher([...owners.keys()]);
  return (text) => {
    const may = always.slice();
    for (const match of matcher.findAll(text, 'overlapping')) {
      for (const index of literalOwners[match.pattern]!) may[index] = 1;
    }
    return may;
  };
}
