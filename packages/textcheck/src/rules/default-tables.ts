// The default rule tables: curated tables plus the reviewed crowd lexicon, as generated data modules.
import type { Severity } from '../finding.ts';
import { CROWD_TERMS } from './generated/crowd-terms.data.ts';
import { CURATED_TABLES } from './generated/curated-tables.data.ts';
import { DIVISIONS } from './generated/divisions.data.ts';
import { ILLEGAL_SITES } from './generated/illegal-sites.data.ts';
import type { LexiconEntry, RuleTables } from './types.ts';

const CROWD_RULES: Record<string, { rule: string; severity: Severity; message: string }> = {
  drugs: { rule: 'legal.drugs', severity: 'block', message: '涉毒内容（敏感词库）' },
  porn: { rule: 'legal.porn', severity: 'block', message: '涉黄内容（敏感词库）' },
  gambling: { rule: 'legal.gambling', severity: 'block', message: '涉赌内容（敏感词库）' },
  'illegal-trade': {
    rule: 'legal.illegal',
    severity: 'warn',
    message: '疑似违法交易信息（敏感词库）',
  },
  illegal: {
    rule: 'legal.illegal',
    severity: 'info',
    message: '涉及违法相关词语（敏感词库），请核实语境',
  },
  political: {
    rule: 'political.harmful',
    severity: 'info',
    message: '疑似有害政治信息（敏感词库），请核实',
  },
};

/** Lexicon entries from the reviewed crowd list. */
export function crowdEntries(): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const [category, terms] of Object.entries(CROWD_TERMS)) {
    const spec = CROWD_RULES[category];
    if (!spec) continue;
    const gate = category === 'political' ? 'political' : 'legal';
    for (const term of terms.split('\n')) entries.push({ term, gate, ...spec });
  }
  return entries;
}

let cached: RuleTables | undefined;

/** The shipped tables; built once per process and shared (treat as read-only). */
export function defaultTables(): RuleTables {
  cached ??= {
    ...CURATED_TABLES,
    entries: [...CURATED_TABLES.entries, ...crowdEntries()],
    illegalDomains: ILLEGAL_SITES.split('\n'),
    divisions: DIVISIONS,
  };
  return cached;
}
