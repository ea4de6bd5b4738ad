import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/support/test-app.ts';

let t: TestApp;
beforeAll(async () => (t = await createTestApp()));
afterAll(() => t.close());

describe('the HTTP application', () => {
  it('publishes its OpenAPI description at /api/docs', async () => {
    const res = await t.app.inject({ url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths as object);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/public/verify', '/api/registry/import', '/api/checks']),
    );
  });

  it('answers an unknown API route with problem+json 404', async () => {
    const res = await t.app.inject({ url: '/api/nowhere' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().reason).toBe('route_not_found');
  });

  it('rate-limits the public verification API', async () => {
    const limited = await createTestApp({ publicRateLimit: 3 });
    const codes = [];
    for (let i = 0; i < 4; i++)
      codes.push((await limited.app.inject({ url: '/api/public/verify?q=x' })).statusCode);
    await limited.close();
    expect(codes).toEqual([200, 200, 200, 429]);
  });
});
