import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.join(import.meta.dirname, '../../bin/govmedia.js');

/** Runs `govmedia` with text on standard input. */
function govmedia(
  args: string[],
  stdin = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? (error as { code: number }).code : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

describe('govmedia check', () => {
  it('reports advertising over spaced-out words and exits 1 on a blocking finding or 0 without', async () => {
    const text = '限 时 特 价！加 V 信 领 红 包，全-网-最-低-价。\n';
    const { code, stdout } = await govmedia(['check', '-', '--format', 'json'], text);
    const findings = JSON.parse(stdout).findings as {
      gate: string;
      severity: string;
      start: number;
      end: number;
    }[];
    expect(
      findings.filter((f) => f.gate === 'advertising').map((f) => text.slice(f.start, f.end)),
    ).toContain('全-网-最-低-价');
    expect(code).toBe(findings.some((f) => f.severity === 'block') ? 1 : 0);
  });

  it('prints line:col, gate and the excerpt marked in text format', async () => {
    const { stdout } = await govmedia(
      ['check', '-', '--format', 'text'],
      '第一行正常。\n本店全网最低价！\n',
    );
    expect(stdout).toMatch(/^2:\d+\s+广告/m);
    expect(stdout).toContain('【全网最低');
  });

  it('checks a JSONL batch line by line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govmedia-check-'));
    const file = path.join(dir, 'batch.jsonl');
    fs.writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', text: '今天天气晴。' }),
        JSON.stringify({ id: 'b', text: '全网最低价，速来抢购！' }),
      ].join('\n'),
    );
    const { stdout } = await govmedia(['check', '--jsonl', file]);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; findings: unknown[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[1]!.findings.length).toBeGreaterThan(0);
    fs.rmSync(dir, { recursive: true });
  });

  it('exits 2 on bad input', async () => {
    expect((await govmedia(['check', '/no/such/file'])).code).toBe(2);
    expect((await govmedia(['check', '-', '--gates', 'nonsense'], 'x')).code).toBe(2);
  });
});
