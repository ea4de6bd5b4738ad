// The committed data modules in src/rules/generated/ are exactly what the lexicon files generate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataModules, DATA_DIR } from '../scripts/build-lexicons.ts';

describe('generated lexicon data', () => {
  const modules = buildDataModules();
  for (const [name, source] of Object.entries(modules)) {
    it(`${name} is up to date with lexicons/ (rerun scripts/build-lexicons.ts if not)`, () => {
      expect(readFileSync(join(DATA_DIR, name), 'utf8') === source).toBe(true);
    });
  }
});
