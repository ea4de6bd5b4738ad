// Parsers for the lexicon file formats: TSV tables with a header comment, and plain term lists.
import type { Gate, Severity } from '../finding.ts';
import { GATES, SEVERITIES } from '../finding.ts';
import type { LexiconEntry, SupersededEntry } from './types.ts';

/** Rows of a TSV whose first line is a `#` provenance comment and second line the header. */
export function parseTsv(source: string): Array<Record<string, string>> {
  const lines = source.split(/\r?\n/).filter((line) => line.length > 0 && !line.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? '').trim()]));
  });
}

/** One term per line; `#` lines are comments. */
export function parseList(source: string): string[] {
  return source
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

function asGate(value: string): Gate {
  if (!(GATES as readonly string[]).includes(value)) throw new Error(`unknown gate: ${value}`);
  return value as Gate;
}

function asSeverity(value: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(value))
    throw new Error(`unknown severity: ${value}`);
  return value as Severity;
}

function splitExceptions(cell: string | undefined): string[] {
  return (cell ?? '').split('|').filter((x) => x.length > 0);
}

/** A curated entry table (`term rule severity suggestion message exceptions`) for one gate. */
export function parseEntryTable(source: string, gate: string): LexiconEntry[] {
  return parseTsv(source).map((row) => {
    const entry: LexiconEntry = {
      term: row['term'] ?? '',
      gate: asGate(gate),
      rule: row['rule'] ?? `${gate}.term`,
      severity: asSeverity(row['severity'] ?? 'warn'),
      message: row['message'] ?? '',
    };
    if (row['suggestion']) entry.suggestion = row['suggestion'];
    const exceptions = splitExceptions(row['exceptions']);
    if (exceptions.length > 0) entry.exceptions = exceptions;
    return entry;
  });
}

/** The dated superseded-policy table (`term superseded_on suggestion message exceptions [use]`). */
export function parseSupersededTable(source: string): SupersededEntry[] {
  return parseTsv(source).map((row) => {
    const entry: SupersededEntry = {
      term: row['term'] ?? '',
      supersededOn: row['superseded_on'] ?? '',
      suggestion: row['suggestion'] ?? '',
      message: row['message'] ?? '',
      exceptions: splitExceptions(row['exceptions']),
    };
    const use = row['use'] ?? '';
    if (use === 'current') entry.use = 'current';
    else if (use !== '' && use !== 'any') throw new Error(`unknown use: ${use}`);
    return entry;
  });
}
