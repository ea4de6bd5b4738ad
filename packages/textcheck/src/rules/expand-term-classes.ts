// Named term classes of proximity.json: a group or `none` list may name a class as `@name`, and
// the build expands it into the class's terms, so words shared by many rules (the words of a
// refutation, 谣言/其实不然/误区 …) are written and widened once. A class may carry its own
// `noneVoid` — longer words that hold one of its terms without its sense (以为 in 引以为戒) — which
// every rule naming the class in `none` takes on.
import type { ProximityRule } from './types.ts';

export interface TermClass {
  terms: string[];
  /** Added to the `noneVoid` of each rule that names the class in its `none` list. */
  noneVoid?: string[];
}

export type TermClasses = Record<string, TermClass>;

const isClass = (term: string) => term.startsWith('@');

function classOf(term: string, classes: TermClasses, ruleId: string): TermClass {
  const found = classes[term.slice(1)];
  if (found === undefined) throw new Error(`proximity rule ${ruleId}: unknown term class ${term}`);
  return found;
}

function expandList(list: string[], classes: TermClasses, ruleId: string): string[] {
  const out = list.flatMap((term) =>
    isClass(term) ? classOf(term, classes, ruleId).terms : [term],
  );
  return [...new Set(out)];
}

/**
 * Rules with every `@class` reference replaced by its terms (deduplicated, first occurrence kept),
 * and the voids of the classes their `none` list names added to their `noneVoid`.
 */
export function expandTermClasses(rules: ProximityRule[], classes: TermClasses): ProximityRule[] {
  for (const [name, termClass] of Object.entries(classes))
    if ([...termClass.terms, ...(termClass.noneVoid ?? [])].some(isClass))
      throw new Error(`term class @${name} names another class; classes hold terms only`);
  return rules.map((rule) => {
    const expanded: ProximityRule = {
      ...rule,
      all: rule.all.map((group) => expandList(group, classes, rule.id)),
      none: expandList(rule.none, classes, rule.id),
    };
    const classVoids = rule.none
      .filter(isClass)
      .flatMap((term) => classOf(term, classes, rule.id).noneVoid ?? []);
    const voids = [...(rule.noneVoid ?? []), ...classVoids];
    if (rule.noneVoid !== undefined || voids.length > 0)
      expanded.noneVoid = expandList(voids, classes, rule.id);
    return expanded;
  });
}
