import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type PgBoss from 'pg-boss';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.ts';
import { startBoss } from './boss.ts';

let t: TestDatabase;
let boss: PgBoss;
beforeAll(async () => {
  t = await createTestDatabase();
  boss = await startBoss(t.database, { schedule: true, supervise: false });
});
afterAll(async () => {
  await boss.stop({ graceful: false, wait: true });
  await t.dispose();
});

describe('pg-boss over the application database', () => {
  it('delivers a sent job to a worker exactly once', async () => {
    await boss.createQueue('test.echo');
    const seen: unknown[] = [];
    const done = new Promise<void>((resolve) => {
      void boss.work<{ n: number }>('test.echo', { pollingIntervalSeconds: 0.5 }, async ([job]) => {
        seen.push(job!.data.n);
        resolve();
      });
    });
    const id = await boss.send('test.echo', { n: 42 });
    await done;
    expect(seen).toEqual([42]);
    await expect
      .poll(async () => (await boss.getJobById('test.echo', id!))?.state, { timeout: 10_000 })
      .toBe('completed');
  });

  it('keeps cron schedules in the database for every scheduler to share', async () => {
    await boss.createQueue('test.nightly');
    await boss.schedule('test.nightly', '15 2 * * *', {}, { tz: 'Asia/Shanghai' });
    expect((await boss.getSchedules()).map((s) => s.name)).toContain('test.nightly');
  });
});
