// Starts the platform: API, worker and scheduler in one process (`serve`), or a worker alone (`worker`).
import type PgBoss from 'pg-boss';
import { buildApp } from './app.ts';
import type { Config } from './config/config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { registerRegistryJobs } from './domains/registry/index.ts';
import { startBoss } from './jobs/boss.ts';
import { createServices, type Services } from './services.ts';

export async function openPlatform(
  config: Config,
): Promise<{ database: Database; services: Services }> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(database.raw);
  return { database, services: createServices(database, config) };
}

async function startJobs(
  services: Services,
  roles: { work: boolean; schedule: boolean },
): Promise<PgBoss> {
  const boss = await startBoss(services.database, {
    schedule: roles.schedule,
    supervise: roles.schedule,
  });
  await registerRegistryJobs(boss, services.findings, roles);
  return boss;
}

export async function serve(
  config: Config,
  options: { jobs: boolean },
): Promise<() => Promise<void>> {
  const { database, services } = await openPlatform(config);
  const admin = await services.auth.bootstrapAdmin(config.adminPassword);
  if (admin.created && !config.adminPassword) {
    console.log(
      `\n首次启动：已创建管理员 admin，一次性密码：${admin.password}\n（首次登录须绑定动态验证码）\n`,
    );
  } else if (admin.created) {
    console.log('首次启动：已创建管理员 admin（密码取自 GOVMEDIA_ADMIN_PASSWORD）');
  }
  await services.findings.recompute();
  // Build the checker (lexicons → automaton, spelling model) now rather than on the first request.
  services.checks.warmUp();
  const boss = options.jobs ? await startJobs(services, { work: true, schedule: true }) : undefined;
  const app = await buildApp(services, config);
  await app.listen({ host: config.host, port: config.port });
  console.log(
    `govmedia 已启动：http://${config.host}:${config.port}（数据库：${database.kind === 'pglite' ? `PGlite ${config.dataDir}` : 'PostgreSQL'}）`,
  );
  return async () => {
    await app.close();
    await boss?.stop({ graceful: true, wait: true });
    await database.close();
  };
}

export async function runWorker(config: Config): Promise<() => Promise<void>> {
  const { database, services } = await openPlatform(config);
  const boss = await startJobs(services, { work: true, schedule: false });
  console.log('govmedia worker 已启动');
  return async () => {
    await boss.stop({ graceful: true, wait: true });
    await database.close();
  };
}

/** Runs until SIGINT/SIGTERM, then shuts down cleanly. */
export function untilSignal(stop: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const onSignal = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      void stop().then(resolve);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
