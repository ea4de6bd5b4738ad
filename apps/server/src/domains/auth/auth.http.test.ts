import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createTestApp,
  signIn,
  USER_PASSWORD,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { systemActor } from '../../kernel/actor.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ lockoutThreshold: 3 });
  await t.services.auth.createUser(systemActor('test'), {
    username: 'editor1',
    displayName: '编辑',
    password: USER_PASSWORD,
    grants: [{ role: 'editor', unitId: null }],
  });
});
afterAll(() => t.close());

const login = (payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload });

describe('sign-in', () => {
  it('asks an admin to set up TOTP before the session becomes usable', async () => {
    const res = await login({ username: 'admin', password: ADMIN_PASSWORD });
    expect(res.json()).toMatchObject({ status: 'totp_enrolment' });
    const cookie = `gm_session=${res.cookies[0]!.value}`;
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('signs in an admin after enrolment and then demands the TOTP code', async () => {
    const client = await signIn(t, 'admin', ADMIN_PASSWORD);
    expect((await client.request('GET', '/api/auth/me')).json().user.totpEnabled).toBe(true);
    const again = await login({ username: 'admin', password: ADMIN_PASSWORD });
    expect(again.statusCode).toBe(401);
    expect(again.json().reason).toBe('totp_required');
  });

  it('stores passwords as argon2id hashes', async () => {
    const rows = await t.db.database.raw.query<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE username = 'editor1'`,
    );
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('answers a wrong password with problem+json and locks the account after repeated failures', async () => {
    const wrong = await login({ username: 'editor1', password: 'nope' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    await login({ username: 'editor1', password: 'nope' });
    await login({ username: 'editor1', password: 'nope' });
    const locked = await login({ username: 'editor1', password: USER_PASSWORD });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().reason).toBe('account_locked');
  });

  it('refuses a write without the CSRF token', async () => {
    await t.services.auth.createUser(systemActor('test'), {
      username: 'unitadmin',
      displayName: '单位管理员',
      password: USER_PASSWORD,
      grants: [{ role: 'unit_admin', unitId: null }],
    });
    const ok = await signIn(t, 'unitadmin', USER_PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: ok.cookie },
      payload: { name: '某某县人民政府', level: 'county', kind: 'organ', parentId: null },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().reason).toBe('csrf_token_invalid');
  });

  it('refuses the API to anyone not signed in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/accounts' });
    expect(res.statusCode).toBe(401);
    expect(res.json().reason).toBe('not_signed_in');
  });

  it('records sign-ins and failures in the audit log', async () => {
    const actions = (await t.services.audit.list({ limit: 100 })).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.login',
        'auth.login_failed',
        'auth.locked',
        'auth.totp_enrolled',
      ]),
    );
  });
});
