import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/database.ts';
import { createTestDatabase, type TestDatabase } from '../test/support/test-database.ts';

const BIN = path.join(import.meta.dirname, '../bin/govmedia.js');
const SAMPLE = path.join(import.meta.dirname, '../test/fixtures/registry-sample.csv');
const run = promisify(execFile);

let dataDir: string;
let pg: TestDatabase | undefined;

/** Runs `govmedia` on this file's store (PGlite directory, or a fresh PostgreSQL database). */
async function govmedia(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: pg?.url ?? '' };
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, '--data-dir', dataDir, ...args], {
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Changes one audit row "by hand", as someone with database access could. */
async function tamperAuditRow(seq: number): Promise<void> {
  const database = pg?.database ?? (await openDatabase({ dataDir }));
  await database.raw.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
    UPDATE audit_log SET actor_name = 'someone-else' WHERE seq = ${seq};
    ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;`);
  if (!pg) await database.close();
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govmedia-cli-'));
  if (process.env.DATABASE_URL) pg = await createTestDatabase();
});
afterAll(async () => {
  await pg?.dispose();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('govmedia CLI', () => {
  it('imports a sheet and lists the registry findings as JSON', async () => {
    expect((await govmedia('registry', 'import', SAMPLE)).code).toBe(0);
    const { code, stdout } = await govmedia('--format', 'json', 'registry', 'findings');
    expect(code).toBe(0);
    const rules = (JSON.parse(stdout) as { rule: string; units: string[] }[]).map(
      (f) => `${f.rule}:${f.units.join()}`,
    );
    expect(rules).toEqual(
      expect.arrayContaining(['coverage:清源县人民政府', 'one-account-per-platform:江临市公安局']),
    );
  });

  it('verifies a registered handle and rejects an unknown one', async () => {
    const yes = await govmedia('--format', 'json', 'registry', 'verify', 'jianglinfabu');
    expect(JSON.parse(yes.stdout)).toMatchObject({
      registered: true,
      matches: [{ hostUnit: '江临市人民政府' }],
    });
    const no = await govmedia(
      '--format',
      'json',
      'registry',
      'verify',
      'https://weibo.com/not-a-government',
    );
    expect(JSON.parse(no.stdout).registered).toBe(false);
  });

  it('prints every row error of a bad sheet and exits non-zero', async () => {
    const bad = path.join(dataDir, 'bad.csv');
    fs.writeFileSync(
      bad,
      'unit,unit_level,unit_kind,parent_unit,platform,account_name\n甲单位,county,organ,无此单位,wechat,甲\n乙单位,county,organ,,nowhere,乙\n',
    );
    const { code, stderr } = await govmedia('registry', 'import', bad);
    expect(code).toBe(1);
    expect(stderr).toContain('import_rejected');
    expect(stderr).toMatch(/第 2 行 \[parent_unit\]/);
    expect(stderr).toMatch(/第 3 行 \[platform\]/);
  });

  it('exports the registry to a file', async () => {
    const out = path.join(dataDir, 'out.csv');
    expect((await govmedia('registry', 'export', out)).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('江临发布');
  });

  it('names the audit row that was changed by hand', async () => {
    expect((await govmedia('audit', 'verify')).code).toBe(0);
    await tamperAuditRow(1);
    const { code, stdout } = await govmedia('--format', 'json', 'audit', 'verify');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, firstBadSeq: 1 });
  });

  it('refuses an unknown command with a non-zero exit', async () => {
    expect((await govmedia('frobnicate')).code).not.toBe(0);
  });
});
