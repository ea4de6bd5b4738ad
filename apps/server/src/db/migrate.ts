// Applies the SQL migrations in order, once each, under an advisory lock so concurrent starts are safe.
import fs from 'node:fs';
import path from 'node:path';
import type { RawSql } from './database.ts';

const MIGRATIONS_DIR = path.join(import.meta.dirname, 'migrations');
const LOCK_ID = 7_314_2018;

export function listMigrations(): { name: string; sql: string }[] {
  return fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(MIGRATIONS_DIR, name), 'utf8') }));
}

/** Returns the names of the migrations it applied. */
export async function migrate(raw: RawSql): Promise<string[]> {
  await raw.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied: string[] = [];
  for (const migration of listMigrations()) {
    // Each migration commits on its own, with the lock taken inside its transaction.
    const body = migration.sql.replaceAll("'", "''");
    const done = await raw.query<{ applied: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE name = $1) AS applied`,
      [migration.name],
    );
    if (done[0]?.applied) continue;
    await raw.exec(`BEGIN;
SELECT pg_advisory_xact_lock(${LOCK_ID});
DO $migrate$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE name = '${migration.name}') THEN
    EXECUTE '${body}';
    INSERT INTO schema_migrations (name) VALUES ('${migration.name}');
  END IF;
END $migrate$;
COMMIT;`);
    applied.push(migration.name);
  }
  return applied;
}
