// The in-process application over a fresh test database, with helpers to sign in and call the API.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { currentTotp } from '../../src/domains/auth/index.ts';
import { systemActor } from '../../src/kernel/actor.ts';
import type { Role } from '../../src/kernel/roles.ts';
import { createServices, type Services } from '../../src/services.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export const ADMIN_PASSWORD = 'Admin-Passw0rd!';
export const USER_PASSWORD = 'User-Passw0rd!';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  config: Config;
  db: TestDatabase;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig(
    { GOVMEDIA_LOG_LEVEL: 'silent', GOVMEDIA_WEB_DIR: '/nonexistent' },
    overrides,
  );
  const services = createServices(db.database, config);
  await services.auth.bootstrapAdmin(ADMIN_PASSWORD);
  const app = await buildApp(services, config);
  return { app, services, config, db, close: async () => (await app.close(), await db.dispose()) };
}

/** A signed-in API client: carries the session cookie and the CSRF header. */
export class Client {
  constructor(
    private readonly app: FastifyInstance,
    readonly cookie: string,
    readonly csrf: string,
  ) {}

  request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrf, ...headers },
      ...(body === undefined
        ? {}
        : typeof body === 'string' || Buffer.isBuffer(body)
          ? { payload: body }
          : { payload: body as object }),
    });
  }
}

export async function signIn(
  t: TestApp,
  username: string,
  password: string,
  totpSecret?: string,
): Promise<Client> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password, ...(totpSecret ? { totpCode: currentTotp(totpSecret) } : {}) },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = `gm_session=${res.cookies.find((c) => c.name === 'gm_session')!.value}`;
  const body = res.json() as { status: string; csrfToken: string; secret?: string };
  const client = new Client(t.app, cookie, body.csrfToken);
  if (body.status === 'totp_enrolment') {
    const enrol = await client.request('POST', '/api/auth/totp/enrol', {
      code: currentTotp(body.secret!),
    });
    if (enrol.statusCode !== 200) throw new Error(`TOTP enrolment failed: ${enrol.body}`);
  }
  return client;
}

/** Creates a user with one role on the named unit (or everywhere) and signs them in. */
export async function userWithRole(
  t: TestApp,
  username: string,
  role: Role,
  unitId: string | null,
): Promise<Client> {
  await t.services.auth.createUser(systemActor('test'), {
    username,
    displayName: username,
    password: USER_PASSWORD,
    grants: [{ role, unitId }],
  });
  return signIn(t, username, USER_PASSWORD);
}

/** A multipart body with one file, as a browser would send it. */
export function multipartFile(
  fileName: string,
  content: Buffer | string,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----govmediaTestBoundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([
    Buffer.from(head),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
