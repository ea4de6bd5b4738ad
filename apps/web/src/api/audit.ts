// Audit log endpoints: page through entries and verify the hash chain.
import { http } from './http.ts';
import type { AuditRow, AuditVerdict } from './types.ts';

export interface AuditQuery {
  entity?: string | undefined;
  actorName?: string | undefined;
  beforeSeq?: number | undefined;
  limit?: number | undefined;
}

export const listAudit = (query: AuditQuery) =>
  http.get<{ items: AuditRow[] }>('/api/audit', { ...query }).then((r) => r.items);
export const verifyAudit = () => http.get<AuditVerdict>('/api/audit/verify');
