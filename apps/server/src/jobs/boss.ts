// pg-boss over the application's own database: its own pool on PostgreSQL, an adapter on PGlite.
import PgBoss from 'pg-boss';
import type { Database } from '../db/database.ts';

export interface BossRoles {
  /** Run the cron scheduler in this process. */
  schedule: boolean;
  /** Run maintenance (expiry, archiving) in this process. */
  supervise: boolean;
}

export async function startBoss(database: Database, roles: BossRoles): Promise<PgBoss> {
  const common = { schedule: roles.schedule, supervise: roles.supervise, migrate: true } as const;
  const boss = database.pglite
    ? new PgBoss({ ...common, db: { executeSql: pgliteExecutor(database) } })
    : new PgBoss({ ...common, connectionString: database.url!, max: 4 });
  boss.on('error', (error) => console.error('[jobs]', error));
  await boss.start();
  return boss;
}

/** PGlite runs parameterised single statements through `query`, and plain multi-statement text through `exec`. */
function pgliteExecutor(database: Database) {
  const client = database.pglite!;
  return async (text: string, values?: unknown[]) => {
    if (values && values.length > 0) return client.query(text, values);
    const results = await client.exec(text);
    return results.at(-1) ?? { rows: [] };
  };
}
