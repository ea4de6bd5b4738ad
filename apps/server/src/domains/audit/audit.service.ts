// Records every write in the hash-chained audit log and verifies the chain (SEC-4).
import type { Database, DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../kernel/actor.ts';
import { AuditRepository, type AuditQuery, type AuditRow } from './audit.repository.ts';
import { GENESIS_HASH, hashAuditRow } from './audit.hash.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  detail?: Record<string, unknown>;
}

export type AuditVerdict =
  | { ok: true; rows: number }
  | {
      ok: false;
      rows: number;
      firstBadSeq: number;
      reason: 'hash_mismatch' | 'broken_link' | 'gap';
    };

export class AuditService {
  constructor(
    private readonly database: Database,
    private readonly repo = new AuditRepository(),
  ) {}

  /** Appends one entry inside the caller's transaction, so the write and its record commit together. */
  async record(tx: DbOrTx, actor: Actor, entry: AuditEntry): Promise<void> {
    const head = await this.repo.lockAndReadHead(tx);
    const base = {
      seq: (head?.seq ?? 0) + 1,
      at: new Date(),
      actorId: actor.userId,
      actorName: actor.name,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      detail: JSON.parse(JSON.stringify(entry.detail ?? {})) as Record<string, unknown>,
      prevHash: head?.hash ?? GENESIS_HASH,
    };
    await this.repo.insert(tx, { ...base, hash: hashAuditRow(base) });
  }

  list(query: AuditQuery): Promise<AuditRow[]> {
    return this.repo.list(this.database.db, query);
  }

  /** Walks the chain from the start and names the first row whose content or link does not hold. */
  async verify(): Promise<AuditVerdict> {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let rows = 0;
    for await (const row of this.repo.scan(this.database.db)) {
      rows++;
      if (row.seq !== expectedSeq) return { ok: false, rows, firstBadSeq: row.seq, reason: 'gap' };
      if (row.prevHash !== prevHash)
        return { ok: false, rows, firstBadSeq: row.seq, reason: 'broken_link' };
      if (hashAuditRow(row) !== row.hash)
        return { ok: false, rows, firstBadSeq: row.seq, reason: 'hash_mismatch' };
      prevHash = row.hash;
      expectedSeq++;
    }
    return { ok: true, rows };
  }
}
