// Opens the store: PostgreSQL when a URL is given, embedded PGlite otherwise — one typed handle for both.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A Drizzle handle or an open transaction on it; repositories accept either. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

/** Plain SQL access for the migrator, pg-boss and health checks. */
export interface RawSql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements without parameters. */
  exec(text: string): Promise<void>;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  raw: RawSql;
  /** Present for PostgreSQL: the URL, so pg-boss can open its own pool. */
  url: string | undefined;
  /** Present for PGlite: pg-boss runs over this instance through an adapter. */
  pglite: PGlite | undefined;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite directory; `memory://` keeps it in memory (tests). */
  dataDir: string;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    db: drizzlePg(pool, { schema }) as unknown as Db,
    raw: {
      query: async (text, params) => (await pool.query(text, params)).rows,
      exec: async (text) => void (await pool.query(text)),
    },
    url,
    pglite: undefined,
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const dir = inMemory ? dataDir : path.join(dataDir, 'pglite');
  if (!inMemory) fs.mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir);
  return {
    kind: 'pglite',
    db: drizzlePglite(client, { schema }) as unknown as Db,
    raw: {
      query: async (text, params) => (await client.query(text, params)).rows as never[],
      exec: async (text) => void (await client.exec(text)),
    },
    url: undefined,
    pglite: client,
    close: () => client.close(),
  };
}
