// The registry domain: units, accounts, filings, findings, import/export and public verification (REG-1…REG-5).
import type { Database } from '../../db/database.ts';
import type { AuditService } from '../audit/index.ts';
import { FindingsService } from './findings.service.ts';
import { RegistryRepository } from './registry.repository.ts';
import { createRegistryWrite } from './registry-write.ts';
import { RegistryService } from './registry.service.ts';
import { SheetService } from './sheet.service.ts';
import { VerifyService } from './verify.service.ts';

export interface RegistryDomain {
  registry: RegistryService;
  findings: FindingsService;
  sheets: SheetService;
  verify: VerifyService;
}

export function createRegistryDomain(
  database: Database,
  audit: AuditService,
  now: () => Date = () => new Date(),
): RegistryDomain {
  const repo = new RegistryRepository();
  const findings = new FindingsService(database, audit, repo, now);
  const write = createRegistryWrite(database, audit, findings);
  return {
    registry: new RegistryService(database, repo, findings, write),
    findings,
    sheets: new SheetService(database, repo, write),
    verify: new VerifyService(database, repo),
  };
}

export { registerRegistryRoutes } from './registry.routes.ts';
export { registerPublicRoutes } from './public.routes.ts';
export { formatOf } from './sheet/read-sheet.ts';
export { COLUMNS as SHEET_COLUMNS } from './sheet/template.ts';
export type { ImportSummary } from './sheet.service.ts';
export { registerRegistryJobs, RECOMPUTE_QUEUE } from './registry.jobs.ts';
