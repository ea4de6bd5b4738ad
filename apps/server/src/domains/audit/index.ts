// The audit domain: the append-only, hash-chained record of every write (SEC-4).
export { AuditService, type AuditEntry, type AuditVerdict } from './audit.service.ts';
export type { AuditRow } from './audit.repository.ts';
export { registerAuditRoutes } from './audit.routes.ts';
