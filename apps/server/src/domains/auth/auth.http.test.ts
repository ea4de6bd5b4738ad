import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createTestApp,
  signIn,
  USER_PASSWORD,
  type Client,
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

describe('disabling and re-enabling users', () => {
  const ids: Record<string, string> = {};
  let cityAdmin: Client;

  beforeAll(async () => {
    const unit = (name: string) =>
      t.services.registry.createUnit(systemActor('test'), {
        name,
        level: 'city',
        kind: 'organ',
        parentId: null,
      });
    const [city, other] = [await unit('江临市人民政府'), await unit('清河市人民政府')];
    for (const [username, role, unitId] of [
      ['cityadmin', 'unit_admin', city.id],
      ['cityeditor', 'editor', city.id],
      ['othereditor', 'editor', other.id],
    ] as const) {
      const user = await t.services.auth.createUser(systemActor('test'), {
        username,
        displayName: username,
        password: USER_PASSWORD,
        grants: [{ role, unitId }],
      });
      ids[username] = user.id;
    }
    ids.admin = (await t.services.auth.listUsers(systemActor('test'))).find(
      (u) => u.username === 'admin',
    )!.id;
    cityAdmin = await signIn(t, 'cityadmin', USER_PASSWORD);
  });

  const sessionsOf = async (userId: string) =>
    (
      await t.db.database.raw.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM sessions WHERE user_id = $1',
        [userId],
      )
    )[0]!.n;

  it('lets a unit admin disable a user of their unit, ending that user’s sessions at once', async () => {
    const editor = await signIn(t, 'cityeditor', USER_PASSWORD);
    const res = await cityAdmin.request('POST', `/api/users/${ids.cityeditor}/disable`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'cityeditor', disabled: true });
    expect(await sessionsOf(ids.cityeditor!)).toBe(0);
    expect((await editor.request('GET', '/api/auth/me')).statusCode).toBe(401);
    const listed = (await cityAdmin.request('GET', '/api/users')).json().items as {
      username: string;
      disabled: boolean;
    }[];
    expect(listed.find((u) => u.username === 'cityeditor')!.disabled).toBe(true);
  });

  it('refuses a disabled user’s sign-in with account_disabled, but only given the right password', async () => {
    const res = await login({ username: 'cityeditor', password: USER_PASSWORD });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      reason: 'account_disabled',
      detail: '该账号已停用，请联系管理员',
    });
    const wrong = await login({ username: 'cityeditor', password: 'nope' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().reason).toBe('invalid_credentials');
  });

  it('re-enables a user, who can then sign in again', async () => {
    const res = await cityAdmin.request('POST', `/api/users/${ids.cityeditor}/enable`);
    expect(res.statusCode).toBe(200);
    expect(res.json().disabled).toBe(false);
    await expect(signIn(t, 'cityeditor', USER_PASSWORD)).resolves.toBeDefined();
  });

  it('records each change in the audit log with the acting user', async () => {
    const rows = await t.services.audit.list({ entityId: ids.cityeditor, limit: 100 });
    const changes = rows.filter((r) => r.action === 'user.disable' || r.action === 'user.enable');
    expect(changes.map((r) => [r.action, r.actorName]).sort()).toEqual([
      ['user.disable', 'cityadmin'],
      ['user.enable', 'cityadmin'],
    ]);
  });

  it('refuses to let a user disable themselves', async () => {
    const res = await cityAdmin.request('POST', `/api/users/${ids.cityadmin}/disable`);
    expect(res.statusCode).toBe(409);
    expect(res.json().reason).toBe('cannot_disable_self');
  });

  it('answers an unknown user with 404 problem+json', async () => {
    const res = await cityAdmin.request(
      'POST',
      '/api/users/00000000-0000-4000-8000-000000000000/disable',
    );
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().reason).toBe('user_not_found');
  });

  it('refuses with 403 an actor without users.manage, or outside the user’s units', async () => {
    const editor = await signIn(t, 'cityeditor', USER_PASSWORD);
    const noRight = await editor.request('POST', `/api/users/${ids.othereditor}/disable`);
    expect(noRight.statusCode).toBe(403);
    expect(noRight.json().reason).toBe('missing_permission');
    for (const target of [ids.othereditor, ids.admin]) {
      const outside = await cityAdmin.request('POST', `/api/users/${target}/disable`);
      expect(outside.statusCode).toBe(403);
      expect(outside.json().reason).toBe('outside_scope');
    }
    const users = await t.services.auth.listUsers(systemActor('test'));
    expect(users.filter((u) => u.disabled)).toEqual([]);
  });

  it('refuses to set roles for an actor without users.manage, even on a user without roles', async () => {
    const roleless = await t.services.auth.createUser(systemActor('test'), {
      username: 'roleless',
      displayName: 'roleless',
      password: USER_PASSWORD,
      grants: [{ role: 'editor', unitId: null }],
    });
    await t.services.auth.setGrants(systemActor('test'), roleless.id, []);
    const editor = await signIn(t, 'cityeditor', USER_PASSWORD);
    const res = await editor.request('PUT', `/api/users/${roleless.id}/grants`, { grants: [] });
    expect(res.statusCode).toBe(403);
    expect(res.json().reason).toBe('missing_permission');
  });
});
