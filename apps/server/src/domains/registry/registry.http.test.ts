import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createTestApp,
  multipartFile,
  signIn,
  userWithRole,
  type Client,
  type TestApp,
} from '../../../test/support/test-app.ts';

const SAMPLE = fs.readFileSync(
  path.join(import.meta.dirname, '../../../test/fixtures/registry-sample.csv'),
);

let t: TestApp;
let admin: Client;
const unitId = async (name: string) =>
  ((await admin.request('GET', '/api/units')).json().items as { id: string; name: string }[]).find(
    (u) => u.name === name,
  )!.id;
const importFile = (client: Client, name: string, content: Buffer | string) => {
  const { payload, headers } = multipartFile(name, content);
  return client.request('POST', '/api/registry/import', payload, headers);
};

beforeAll(async () => {
  t = await createTestApp({ uploadLimitBytes: 64 * 1024 });
  admin = await signIn(t, 'admin', ADMIN_PASSWORD);
  const res = await importFile(admin, 'registry.csv', SAMPLE);
  expect(res.json()).toEqual({ unitsCreated: 4, accountsCreated: 8 });
});
afterAll(() => t.close());

describe('registry import and findings', () => {
  it('lists each acceptance finding with its rule id, units and accounts', async () => {
    const items = (await admin.request('GET', '/api/registry/findings')).json().items as {
      rule: string;
      unitNames: string[];
      accountNames: string[];
    }[];
    const by = (rule: string) => items.filter((f) => f.rule === rule);
    expect(by('coverage').map((f) => f.unitNames)).toEqual([['清源县人民政府']]);
    expect(by('one-account-per-platform')[0]!.accountNames.sort()).toEqual([
      '平安江临',
      '江临警方',
    ]);
    expect(by('name-consistency').flatMap((f) => f.unitNames)).toContain('江临市文化广电旅游局');
    expect(by('certification-host')[0]!.accountNames).toEqual(['江临文旅']);
  });

  it('rejects a malformed sheet with every row error and writes nothing', async () => {
    const before = (await admin.request('GET', '/api/accounts')).json().items.length;
    const bad = [
      'unit,unit_level,unit_kind,parent_unit,platform,account_name,handle',
      '清源县公安局,county,organ,不存在的单位,wechat,平安清源,pqy',
      '清源县教育局,county,organ,清源县人民政府,myspace,清源教育,qyjy',
      '清源县卫健委,county,organ,清源县人民政府,weibo,健康清源,jkqy',
      '清源县卫健委,county,organ,清源县人民政府,weibo,健康清源,jkqy',
      '清源县水利局,星球级,organ,清源县人民政府,weibo,清源水利,qysl',
    ].join('\n');
    const res = await importFile(admin, 'bad.csv', bad);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const reasons = (res.json().errors as { row: number; reason: string }[]).map(
      (e) => `${e.row}:${e.reason}`,
    );
    expect(reasons).toEqual(
      expect.arrayContaining([
        '2:unknown_unit',
        '3:unknown_platform',
        '5:duplicate_row',
        '6:unknown_level',
      ]),
    );
    expect((await admin.request('GET', '/api/accounts')).json().items.length).toBe(before);
  });

  it('names every missing column', async () => {
    const res = await importFile(admin, 'cols.csv', '主办单位,平台\n某单位,微博\n');
    expect(res.statusCode).toBe(422);
    expect((res.json().errors as { column: string }[]).map((e) => e.column)).toEqual([
      'unit_level',
      'unit_kind',
      'parent_unit',
      'account_name',
    ]);
  });

  it('answers an oversized upload with 413', async () => {
    const res = await importFile(admin, 'big.csv', Buffer.alloc(100 * 1024, 'a'));
    expect(res.statusCode).toBe(413);
    expect(res.json().reason).toBe('upload_too_large');
  });

  it('round-trips an export through the XLSX reader', async () => {
    const res = await admin.request('GET', '/api/registry/export?format=xlsx');
    expect(res.statusCode).toBe(200);
    const again = await importFile(admin, 'again.xlsx', res.rawPayload);
    expect(again.statusCode).toBe(422);
    expect(
      (again.json().errors as { reason: string }[]).every((e) => e.reason === 'account_exists'),
    ).toBe(true);
  });
});

describe('filings, tier by tier', () => {
  let unitAdmin: Client;
  let supervisor: Client;
  let accountId: string;

  beforeAll(async () => {
    unitAdmin = await userWithRole(t, 'police-admin', 'unit_admin', await unitId('江临市公安局'));
    supervisor = await userWithRole(t, 'city-office', 'supervisor', await unitId('江临市人民政府'));
  });

  it('files an opening that the supervising unit approves, making the account verifiable', async () => {
    const created = await unitAdmin.request('POST', '/api/accounts', {
      unitId: await unitId('江临市公安局'),
      platform: 'douyin',
      name: '平安江临',
      handle: 'pajl-douyin',
      certification: '江临市公安局',
    });
    expect(created.statusCode).toBe(201);
    accountId = created.json().id;
    const filing = await unitAdmin.request('POST', `/api/accounts/${accountId}/filings`, {
      kind: 'opening',
    });
    expect(filing.statusCode).toBe(201);
    expect(
      (await t.app.inject({ url: '/api/public/verify?q=pajl-douyin' })).json().registered,
    ).toBe(false);
    const queue = (await supervisor.request('GET', '/api/filings/queue')).json().items;
    expect(queue.map((q: { filing: { id: string } }) => q.filing.id)).toContain(filing.json().id);
    const decided = await supervisor.request('POST', `/api/filings/${filing.json().id}/decision`, {
      decision: 'approve',
    });
    expect(decided.json().status).toBe('approved');
    const verify = (await t.app.inject({ url: '/api/public/verify?q=pajl-douyin' })).json();
    expect(verify).toMatchObject({
      registered: true,
      matches: [{ hostUnit: '江临市公安局', status: 'active' }],
    });
  });

  it('refuses to let a unit approve its own filing', async () => {
    const self = await userWithRole(
      t,
      'police-approver',
      'supervisor',
      await unitId('江临市公安局'),
    );
    const filing = await unitAdmin.request('POST', `/api/accounts/${accountId}/filings`, {
      kind: 'suspension',
      reason: '机构调整',
    });
    const res = await self.request('POST', `/api/filings/${filing.json().id}/decision`, {
      decision: 'approve',
    });
    expect(res.statusCode).toBe(403);
    await supervisor.request('POST', `/api/filings/${filing.json().id}/decision`, {
      decision: 'reject',
      note: '理由不充分',
    });
  });

  it('answers an invalid transition with 409 and its reason', async () => {
    const res = await unitAdmin.request('POST', `/api/accounts/${accountId}/filings`, {
      kind: 'opening',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().reason).toBe('opening_not_allowed_when_active');
    const decideTwice = await unitAdmin.request('PATCH', `/api/accounts/${accountId}`, {
      name: '新名称',
    });
    expect(decideTwice.json().reason).toBe('change_requires_filing');
  });

  it('refuses acting outside one’s subtree with 403', async () => {
    const res = await unitAdmin.request('POST', '/api/accounts', {
      unitId: await unitId('江临市文化广电旅游局'),
      platform: 'douyin',
      name: '江临文旅',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().reason).toBe('outside_scope');
  });

  it('announces a change of host unit publicly once approved', async () => {
    const filing = await unitAdmin.request('POST', `/api/accounts/${accountId}/filings`, {
      kind: 'change',
      changes: { unitId: await unitId('江临市人民政府') },
      effectiveDate: '2026-11-20',
    });
    expect(filing.statusCode).toBe(201);
    await supervisor.request('POST', `/api/filings/${filing.json().id}/decision`, {
      decision: 'approve',
    });
    const items = (await t.app.inject({ url: '/api/public/announcements' })).json().items;
    expect(items[0]).toMatchObject({ kind: 'host_change' });
    expect(items[0].body).toContain('江临市人民政府');
    const history = (await admin.request('GET', `/api/accounts/${accountId}`)).json().filings as {
      kind: string;
      status: string;
    }[];
    expect(history.map((f) => `${f.kind}:${f.status}`)).toEqual([
      'change:approved',
      'suspension:rejected',
      'opening:approved',
    ]);
  });

  it('keeps the audit chain intact across all of it', async () => {
    expect((await admin.request('GET', '/api/audit/verify')).json()).toMatchObject({ ok: true });
  });
});

describe('editing a pending account', () => {
  let clerk: Client;
  let accountId: string;

  beforeAll(async () => {
    clerk = await userWithRole(t, 'police-clerk', 'unit_admin', await unitId('江临市公安局'));
    const created = await clerk.request('POST', '/api/accounts', {
      unitId: await unitId('江临市公安局'),
      platform: 'bilibili',
      name: '江临警方B站',
      handle: 'jljf',
      operatorKind: 'contracted',
      operatorName: '江临某传媒公司',
      services: ['audiovisual'],
      licence: '视听许可 001',
    });
    accountId = created.json().id;
  });

  it('changes the fields it names and leaves the others as they are', async () => {
    const res = await clerk.request('PATCH', `/api/accounts/${accountId}`, {
      name: '平安江临B站',
      handle: null,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: '平安江临B站',
      handle: null,
      operatorKind: 'contracted',
      operatorName: '江临某传媒公司',
      services: ['audiovisual'],
      status: 'pending',
    });
    const audit = await t.services.audit.list({ entityId: accountId, limit: 10 });
    expect(audit.map((r) => r.action)).toContain('account.update');
  });

  it('answers an invalid edit with 400 problem+json naming each failing field', async () => {
    const res = await clerk.request('PATCH', `/api/accounts/${accountId}`, {
      name: '',
      operatorContractEnd: '2027/1/1',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().reason).toBe('invalid_request');
    expect((res.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      '/name',
      '/operatorContractEnd',
    ]);
  });
});

describe('public verification', () => {
  it('answers by URL, handle and name, and says no for an unknown account', async () => {
    const byUrl = (
      await t.app.inject({
        url: `/api/public/verify?q=${encodeURIComponent('weibo.com/jianglin/')}`,
      })
    ).json();
    expect(byUrl).toMatchObject({ registered: true, matches: [{ hostUnit: '江临市人民政府' }] });
    expect(
      (await t.app.inject({ url: '/api/public/verify?q=@JiangLinFaBu' })).json().registered,
    ).toBe(true);
    expect(
      (await t.app.inject({ url: `/api/public/verify?q=${encodeURIComponent('江临警方')}` })).json()
        .registered,
    ).toBe(true);
    expect(
      (
        await t.app.inject({ url: `/api/public/verify?q=${encodeURIComponent('江临吃喝玩乐')}` })
      ).json().registered,
    ).toBe(false);
  });

  it('rejects an empty query with problem+json', async () => {
    const res = await t.app.inject({ url: '/api/public/verify?q=%20' });
    expect(res.statusCode).toBe(400);
    expect(res.json().reason).toBe('invalid_query');
  });
});
