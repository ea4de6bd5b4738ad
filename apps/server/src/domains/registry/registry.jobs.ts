// Scheduled registry work: the nightly recomputation that makes time-based findings (deadlines) current.
import type PgBoss from 'pg-boss';
import type { FindingsService } from './findings.service.ts';

export const RECOMPUTE_QUEUE = 'registry.recompute-findings';

export async function registerRegistryJobs(
  boss: PgBoss,
  findings: FindingsService,
  roles: { work: boolean; schedule: boolean },
): Promise<void> {
  await boss.createQueue(RECOMPUTE_QUEUE);
  if (roles.schedule)
    await boss.schedule(RECOMPUTE_QUEUE, '15 2 * * *', {}, { tz: 'Asia/Shanghai' });
  if (roles.work) {
    await boss.work(RECOMPUTE_QUEUE, async () => {
      await findings.recompute();
    });
  }
}
