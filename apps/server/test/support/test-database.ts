// A fresh, migrated database per test file: in-memory PGlite, or a new PostgreSQL database when
// DATABASE_URL is set (CI runs the whole suite both ways).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';

export interface TestDatabase {
  database: Database;
  /** Connection URL of the fresh PostgreSQL database, or undefined on PGlite. */
  url: string | undefined;
  /** `--data-dir`/`DATABASE_URL` environment for a child process using the same store. */
  dispose(): Promise<void>;
}

export const onPostgres = () => Boolean(process.env.DATABASE_URL);

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrate(database.raw);
    return { database, url: undefined, dispose: () => database.close() };
  }
  const name = `gm_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // template0 accepts no connections, so concurrent test files never block each other copying it.
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: 'unused' });
  await migrate(database.raw);
  return {
    database,
    url: url.toString(),
    dispose: async () => {
      await database.close();
      await dropWhenDisconnected(adminUrl, name);
    },
  };
}

/**
 * pg's `pool.end()` resolves before its sockets have closed; dropping with FORCE at that moment kills
 * them mid-close and surfaces as uncaught errors. Wait for the connections to go, then drop.
 */
async function dropWhenDisconnected(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const rows = await admin.query(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      if (rows.rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
