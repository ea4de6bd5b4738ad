import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.ts';
import { systemActor } from '../../kernel/actor.ts';
import { AuditService } from './audit.service.ts';

let t: TestDatabase;
let audit: AuditService;
beforeAll(async () => {
  t = await createTestDatabase();
  audit = new AuditService(t.database);
  for (let i = 1; i <= 5; i++) {
    await t.database.db.transaction((tx) =>
      audit.record(tx, systemActor(), {
        action: 'test.write',
        entity: 'thing',
        entityId: String(i),
        detail: { i, nested: { b: 1, a: 2 } },
      }),
    );
  }
});
afterAll(() => t.dispose());

describe('audit log', () => {
  it('verifies an untouched chain', async () => {
    expect(await audit.verify()).toEqual({ ok: true, rows: 5 });
  });

  it('refuses updates and deletes at the database', async () => {
    await expect(
      t.database.raw.exec(`UPDATE audit_log SET action = 'x' WHERE seq = 1`),
    ).rejects.toThrow(/append-only/);
    await expect(t.database.raw.exec(`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('keeps a linear chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.database.db.transaction((tx) =>
          audit.record(tx, systemActor(), {
            action: 'test.concurrent',
            entity: 'thing',
            entityId: `c${i}`,
          }),
        ),
      ),
    );
    expect(await audit.verify()).toEqual({ ok: true, rows: 11 });
  });

  it('names the first row changed by hand', async () => {
    await t.database.raw.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
      UPDATE audit_log SET detail = '{"i": 99}' WHERE seq = 3;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;`);
    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 3,
      reason: 'hash_mismatch',
    });
  });
});
