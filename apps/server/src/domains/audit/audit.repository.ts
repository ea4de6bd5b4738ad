// All SQL of the audit log: serialised appends and ordered reads.
import { and, asc, desc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { auditLog } from '../../db/schema/index.ts';

const APPEND_LOCK = 4_242_123;

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditQuery {
  entity?: string | undefined;
  entityId?: string | undefined;
  actorName?: string | undefined;
  limit: number;
  beforeSeq?: number | undefined;
}

export class AuditRepository {
  /** Must run inside a transaction: the lock keeps the chain linear across concurrent writers. */
  async lockAndReadHead(tx: DbOrTx): Promise<{ seq: number; hash: string } | undefined> {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${APPEND_LOCK})`);
    const rows = await tx
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.seq))
      .limit(1);
    return rows[0];
  }

  async insert(tx: DbOrTx, row: AuditRow): Promise<void> {
    await tx.insert(auditLog).values(row);
  }

  async list(db: DbOrTx, query: AuditQuery): Promise<AuditRow[]> {
    const where: SQL[] = [];
    if (query.entity) where.push(eq(auditLog.entity, query.entity));
    if (query.entityId) where.push(eq(auditLog.entityId, query.entityId));
    if (query.actorName) where.push(eq(auditLog.actorName, query.actorName));
    if (query.beforeSeq !== undefined) where.push(sql`${auditLog.seq} < ${query.beforeSeq}`);
    return db
      .select()
      .from(auditLog)
      .where(where.length ? and(...where) : undefined)
      .orderBy(desc(auditLog.seq))
      .limit(query.limit);
  }

  /** Reads the whole chain in pages, oldest first. */
  async *scan(db: DbOrTx, pageSize = 1000): AsyncGenerator<AuditRow> {
    let after = 0;
    for (;;) {
      const page = await db
        .select()
        .from(auditLog)
        .where(gt(auditLog.seq, after))
        .orderBy(asc(auditLog.seq))
        .limit(pageSize);
      yield* page;
      const last = page.at(-1);
      if (!last || page.length < pageSize) return;
      after = last.seq;
    }
  }
}
