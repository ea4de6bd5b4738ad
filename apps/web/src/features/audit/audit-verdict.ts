// The Chinese sentence for the result of verifying the audit log's hash chain.
import type { AuditVerdict } from '../../api/types.ts';

const REASONS: Record<string, string> = {
  hash_mismatch: '内容被改动（哈希不符）',
  broken_link: '与前一条的链接断开',
  gap: '序号不连续（有记录缺失）',
};

export function describeVerdict(verdict: AuditVerdict): string {
  if (verdict.ok) return `哈希链完整：共校验 ${verdict.rows} 条记录，未发现篡改。`;
  const why = (verdict.reason && REASONS[verdict.reason]) ?? verdict.reason ?? '校验失败';
  return `哈希链校验失败：第 ${verdict.firstBadSeq ?? '?'} 条记录${why}。`;
}
