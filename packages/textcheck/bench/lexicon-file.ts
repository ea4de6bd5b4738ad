// Reads lexicon files (one term per line, or TSV pairs), skipping the provenance line and comments.
import { readFileSync } from 'node:fs';

export function readTerms(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** `variant<TAB>canonical` rows of a TSV file, without its header row. */
export function readPairs(path: string): [string, string][] {
  return readTerms(path)
    .map((line) => line.split('\t'))
    .filter((cells): cells is [string, string] => cells.length === 2 && cells[0] !== 'variant');
}
