// Reads a spelling-check evaluation file into (source, target) sentence pairs, whatever its
// format: tsv `source<TAB>target`, ECSpell `errors<TAB>source<TAB>target` (the first column counts the errors), JSON lines with
// `source`/`target` fields, and LEMON's space-separated characters.
import { readFileSync } from 'node:fs';

export interface SpellingPair {
  source: string;
  target: string;
}

const SPACED = /^(?:\S )+\S$/u;

function fromJsonLine(line: string, where: string): SpellingPair {
  const row = JSON.parse(line) as { source?: unknown; target?: unknown };
  if (typeof row.source !== 'string' || typeof row.target !== 'string') {
    throw new Error(`${where}: expected a JSON object with string fields "source" and "target"`);
  }
  return { source: row.source, target: row.target };
}

function fromTsvLine(line: string, where: string): SpellingPair {
  const cols = line.split('\t');
  const [a = '', b = '', c] = cols;
  const [source, target] = cols.length === 3 && /^\d+$/.test(a) ? [b, c ?? ''] : [a, b];
  if (cols.length < 2 || cols.length > 3)
    throw new Error(`${where}: expected 2 or 3 tab-separated columns`);
  // LEMON separates characters by single spaces; real spaces in these sets are not meaningful.
  const unspace = (s: string) => (SPACED.test(s) ? s.replace(/ /g, '') : s);
  return { source: unspace(source), target: unspace(target) };
}

export function parseSpellingPairs(content: string, name = 'input'): SpellingPair[] {
  const lines = content.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  const json = lines[0]?.trimStart().startsWith('{') ?? false;
  return lines.map((line, i) =>
    json ? fromJsonLine(line, `${name}:${i + 1}`) : fromTsvLine(line, `${name}:${i + 1}`),
  );
}

export function readSpellingPairs(path: string): SpellingPair[] {
  return parseSpellingPairs(readFileSync(path, 'utf8'), path);
}
