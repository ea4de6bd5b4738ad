import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.ts';
import { migrate } from './migrate.ts';
import * as schema from './schema/index.ts';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.dispose());

describe('migrations', () => {
  it('apply once: a second run applies nothing', async () => {
    expect(await migrate(t.database.raw)).toEqual([]);
  });

  it('create every column the Drizzle schema declares', async () => {
    const rows = await t.database.raw.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const present = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
    const tables: PgTable[] = Object.values(schema);
    const missing = tables
      .flatMap((table) =>
        Object.values(getTableColumns(table)).map((c) => `${getTableName(table)}.${c.name}`),
      )
      .filter((name) => !present.has(name));
    expect(missing).toEqual([]);
    expect(present.size).toBeGreaterThan(50);
  });
});
