import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createTestApp,
  signIn,
  type Client,
  type TestApp,
} from '../../../test/support/test-app.ts';

let t: TestApp;
let client: Client;
beforeAll(async () => {
  t = await createTestApp();
  client = await signIn(t, 'admin', ADMIN_PASSWORD);
});
afterAll(() => t.close());

describe('POST /api/checks', () => {
  it('reports advertising with spans in the text as given', async () => {
    const text = '限 时 特 价！加 V 信 领 红 包，全-网-最-低-价。';
    const res = await client.request('POST', '/api/checks', { text });
    expect(res.statusCode).toBe(200);
    const findings = res.json().findings as {
      gate: string;
      start: number;
      end: number;
      excerpt: string;
    }[];
    const ads = findings.filter((f) => f.gate === 'advertising');
    expect(ads.map((f) => text.slice(f.start, f.end))).toContain('全-网-最-低-价');
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it('runs only the requested gates', async () => {
    const res = await client.request('POST', '/api/checks', {
      text: '全网最低价，加微信领红包',
      gates: ['privacy'],
    });
    expect(res.json().findings.every((f: { gate: string }) => f.gate === 'privacy')).toBe(true);
  });

  it('refuses a body with neither text nor html', async () => {
    const res = await client.request('POST', '/api/checks', {});
    expect(res.statusCode).toBe(400);
    expect(res.json().reason).toBe('text_or_html_required');
  });

  it('refuses an unknown gate', async () => {
    const res = await client.request('POST', '/api/checks', { text: '你好', gates: ['nonsense'] });
    expect(res.statusCode).toBe(400);
  });
});
