// The real server over a fresh test database, listening on a random port and serving the built console.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { createServices, type Services } from '../../src/services.ts';
import { createTestDatabase } from '../support/test-database.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');
const WEB_DIST = path.join(REPO_ROOT, 'apps/web/dist');

/** Builds the console once when no build is present (a fresh clone in CI). */
export function ensureConsoleBuilt(): void {
  if (fs.existsSync(path.join(WEB_DIST, 'index.html'))) return;
  execFileSync('npm', ['run', 'build', '-w', 'apps/web'], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
    timeout: 300_000,
  });
}

export interface ConsoleServer {
  baseUrl: string;
  services: Services;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startConsoleServer(): Promise<ConsoleServer> {
  const db = await createTestDatabase();
  const config = loadConfig({ GOVMEDIA_LOG_LEVEL: 'silent', GOVMEDIA_WEB_DIR: WEB_DIST });
  const services = createServices(db.database, config);
  const app = await buildApp(services, config);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind a TCP port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    services,
    app,
    close: async () => {
      await app.close();
      await db.dispose();
    },
  };
}
