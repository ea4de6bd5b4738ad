// Named term classes of proximity.json: a group or `none` list may name a class as `@name`, and
// the build expands it into the class's terms, so words shared by many rules (the words of a
// refutation, 谣言/其实不然/误区 …) are written and widened once.
import type { ProximityRule } from './types.ts';

export type TermClasses = Record<string, string[]>;

function expandList(list: string[], classes: TermClasses, ruleId: string): string[] {
  const out: string[] = [];
  for (const term of list) {
    if (!term.startsWith('@')) {
      out.push(term);
      continue;
    }
    const terms = classes[term.slice(1)];
    if (terms === undefined)
      throw new Error(`proximity rule ${ruleId}: unknown term class ${term}`);
    out.push(...terms);
  }
  return [...new Set(out)];
}

/** Rules with every `@class` reference replaced by its terms (deduplicated, first occurrence kept). */
export function expandTermClasses(rules: ProximityRule[], classes: TermClasses): ProximityRule[] {
  for (const [name, terms] of Object.entries(classes))
    if (terms.some((t) => t.startsWith('@')))
      throw new Error(`term class @${name} names another class; classes hold terms only`);
  return rules.map((rule) => {
    const expanded: ProximityRule = {
      ...rule,
      all: rule.all.map((group) => expandList(group, classes, rule.id)),
      none: expandList(rule.none, classes, rule.id),
    };
    if (rule.noneVoid !== undefined)
      expanded.noneVoid = expandList(rule.noneVoid, classes, rule.id);
    return expanded;
  });
}
