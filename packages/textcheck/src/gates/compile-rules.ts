// Compiles rule tables into what a check needs: one lexicon index for every gate, the division
// index and domain sets. Runs once per checker.
import type { TextGateDetector } from '../finding.ts';
import type { NormalizeOptions } from '../normalize/types.ts';
import { DIVISION_GROUPS, contextGroup, type CompiledRules } from './index.ts';
import { buildDivisionIndex, divisionNames } from '../rules/divisions.ts';
import { buildLexiconIndex } from '../rules/lexicon-index.ts';
import { proximityGroupName } from '../rules/proximity.ts';
import { SUPERSEDED_AS_CURRENT } from './policy-tense.ts';
import type { LexiconEntry, RuleTables, SupersededEntry } from '../rules/types.ts';

const CONTEXT_NAMES = ['enforcement', 'institutionContact', 'personal', 'minor', 'crime'] as const;

/** Superseded items in force on `asOf` become policy-gate entries. */
export function supersededEntries(list: readonly SupersededEntry[], asOf: string): LexiconEntry[] {
  return list
    .filter((item) => item.supersededOn <= asOf)
    .map((item) => {
      const entry: LexiconEntry = {
        term: item.term,
        gate: 'policy',
        rule: item.use === 'current' ? SUPERSEDED_AS_CURRENT : 'policy.superseded',
        severity: 'warn',
        message: `${item.message}（${item.supersededOn}起不再适用）`,
        exceptions: item.exceptions,
      };
      if (item.suggestion) entry.suggestion = item.suggestion;
      return entry;
    });
}

export interface CompileOptions {
  asOf: string;
  normalize: Omit<NormalizeOptions, 'soundAlike'>;
  textGateDetector?: TextGateDetector;
}

export function compileRules(tables: RuleTables, options: CompileOptions): CompiledRules {
  const entries = [...tables.entries, ...supersededEntries(tables.superseded, options.asOf)];
  const suppressors = tables.allow;
  const groups = new Map<string, readonly string[]>();
  for (const name of CONTEXT_NAMES) groups.set(contextGroup(name), tables.contexts[name]);
  tables.proximity.forEach((rule, i) => {
    rule.all.forEach((terms, g) => groups.set(proximityGroupName(i, g), terms));
    groups.set(proximityGroupName(i, 'none'), rule.none);
    if (rule.noneVoid) groups.set(proximityGroupName(i, 'noneVoid'), rule.noneVoid);
  });
  const divisions = buildDivisionIndex(tables.divisions);
  const illegalDomains = new Set(tables.illegalDomains);
  const names = divisionNames(divisions);
  groups.set(DIVISION_GROUPS.provinces, names.provinces);
  groups.set(DIVISION_GROUPS.prefectures, names.prefectures);
  const normalizeOptions: NormalizeOptions = {
    ...options.normalize,
    soundAlike: new Map(tables.soundAlike),
  };
  const compiled: CompiledRules = {
    tables,
    index: buildLexiconIndex({ entries, suppressors, groups, normalizeOptions }),
    proximity: tables.proximity,
    divisions,
    classifyHost(hostname, domain) {
      if (illegalDomains.has(hostname) || illegalDomains.has(domain)) return 'known';
      return tables.suspiciousDomainWords.some((w) => hostname.includes(w))
        ? 'suspected'
        : undefined;
    },
    commercialDomains: new Set(tables.commercialDomains),
    asOf: options.asOf,
  };
  if (options.textGateDetector) compiled.textGateDetector = options.textGateDetector;
  return compiled;
}
