import { describe, expect, it } from 'vitest';
import { describeVerdict } from './audit-verdict.ts';

describe('describeVerdict', () => {
  it('reports an intact chain with the number of rows', () => {
    expect(describeVerdict({ ok: true, rows: 42 })).toBe(
      '哈希链完整：共校验 42 条记录，未发现篡改。',
    );
  });

  it('names the first tampered row and why', () => {
    expect(describeVerdict({ ok: false, rows: 7, firstBadSeq: 7, reason: 'hash_mismatch' })).toBe(
      '哈希链校验失败：第 7 条记录内容被改动（哈希不符）。',
    );
  });
});
