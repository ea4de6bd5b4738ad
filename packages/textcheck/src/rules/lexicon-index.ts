// One automaton over every listed term of every gate, so a check reads the text once:
// lexicon entries, suppressors (allow-list), context exceptions and named term groups
// (proximity rules, context words) all become patterns of the same matcher.
import { buildNormalizedMatcher, type NormalizedMatcher } from '../matcher/index.ts';
import { normalize } from '../normalize/index.ts';
import type { NormalizeOptions } from '../normalize/types.ts';
import type { LexiconEntry } from './types.ts';

/** What one pattern stands for: entries, suppression, and membership in named groups. */
interface PatternRefs {
  entries: number[];
  /** Allow-listed: no entry is reported inside it. */
  suppresses: boolean;
  /** A covering context exception of these entries only (文化部门 for 文化部). */
  exceptionOf: number[];
  groups: string[];
}

export interface LexiconIndex {
  readonly entries: readonly LexiconEntry[];
  readonly patterns: readonly string[];
  readonly refs: readonly PatternRefs[];
  /** Matches the normalised patterns through the normaliser, reporting original offsets. */
  readonly matcher: NormalizedMatcher;
}

export interface IndexInput {
  entries: readonly LexiconEntry[];
  /** Terms inside which no entry is reported (the allow-list). */
  suppressors: readonly string[];
  /** Named groups of context words, e.g. `ctx:enforcement` or `prox:3:1`. */
  groups: ReadonlyMap<string, readonly string[]>;
  normalizeOptions: NormalizeOptions;
}

/**
 * Normalises many terms in one call, joined by line breaks (a boundary the normaliser never
 * crosses), which is several times faster than one call per term; falls back to one call per term
 * when a term holds a line break itself.
 */
function normalizeTerms(terms: readonly string[], options: NormalizeOptions): Map<string, string> {
  const unique = [...new Set(terms)];
  const lines = unique.some((t) => t.includes('\n'))
    ? []
    : normalize(unique.join('\n'), options).text.split('\n');
  const batched = lines.length === unique.length;
  return new Map(
    unique.map((t, i) => [t, batched ? (lines[i] ?? '') : normalize(t, options).text]),
  );
}

export function buildLexiconIndex(input: IndexInput): LexiconIndex {
  const byPattern = new Map<string, number>();
  const patterns: string[] = [];
  const refs: PatternRefs[] = [];
  const allTerms = [
    ...input.entries.flatMap((e) => [e.term, ...(e.exceptions ?? [])]),
    ...input.suppressors,
    ...[...input.groups.values()].flat(),
  ];
  const normalized = normalizeTerms(allTerms, input.normalizeOptions);
  const slot = (term: string): PatternRefs | undefined => {
    const key = normalized.get(term) ?? '';
    if (key.length === 0) return undefined;
    let index = byPattern.get(key);
    if (index === undefined) {
      index = patterns.length;
      byPattern.set(key, index);
      patterns.push(key);
      refs.push({ entries: [], suppresses: false, exceptionOf: [], groups: [] });
    }
    return refs[index];
  };
  input.entries.forEach((entry, i) => {
    slot(entry.term)?.entries.push(i);
    for (const exception of entry.exceptions ?? []) {
      const covering = !exception.startsWith('<') && !exception.startsWith('>');
      // An exception that normalises to the term itself would hide every occurrence.
      if (covering && normalized.get(exception) !== normalized.get(entry.term)) {
        slot(exception)?.exceptionOf.push(i);
      }
    }
  });
  for (const term of input.suppressors) {
    const ref = slot(term);
    if (ref) ref.suppresses = true;
  }
  for (const [name, terms] of input.groups) {
    for (const term of terms) {
      const ref = slot(term);
      if (ref && !ref.groups.includes(name)) ref.groups.push(name);
    }
  }
  return {
    entries: input.entries,
    patterns,
    refs,
    matcher: buildNormalizedMatcher(patterns, input.normalizeOptions),
  };
}
