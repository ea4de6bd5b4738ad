// One registry write: its changes, its audit record and the findings it affects, in one transaction.
import type { Database, DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../kernel/actor.ts';
import type { AuditEntry, AuditService } from '../audit/index.ts';
import type { FindingsService } from './findings.service.ts';

export type RegistryWork<T> = (tx: DbOrTx) => Promise<{ result: T; audit: AuditEntry }>;
export type RegistryWrite = <T>(actor: Actor, work: RegistryWork<T>) => Promise<T>;

export function createRegistryWrite(
  database: Database,
  audit: AuditService,
  findings: FindingsService,
): RegistryWrite {
  return (actor, work) =>
    database.db.transaction(async (tx) => {
      const { result, audit: entry } = await work(tx);
      await audit.record(tx, actor, entry);
      await findings.recompute(tx);
      return result;
    });
}
