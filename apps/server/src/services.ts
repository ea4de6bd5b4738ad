// Composition of the domain services over one database: config → db → repositories → services.
import type { Config } from './config/config.ts';
import type { Database } from './db/database.ts';
import { AuditService } from './domains/audit/index.ts';
import { AuthService } from './domains/auth/index.ts';
import { ChecksService, sharedChecker } from './domains/checks/index.ts';
import { createRegistryDomain, type RegistryDomain } from './domains/registry/index.ts';

export interface Services extends RegistryDomain {
  database: Database;
  audit: AuditService;
  auth: AuthService;
  checks: ChecksService;
}

export function createServices(
  database: Database,
  config: Config,
  now: () => Date = () => new Date(),
): Services {
  const audit = new AuditService(database);
  const auth = new AuthService(
    database,
    audit,
    {
      totpRequired: config.totpRequired,
      lockoutThreshold: config.lockoutThreshold,
      lockoutMinutes: config.lockoutMinutes,
      sessionHours: config.sessionHours,
    },
    undefined,
    now,
  );
  return {
    database,
    audit,
    auth,
    checks: new ChecksService(sharedChecker),
    ...createRegistryDomain(database, audit, now),
  };
}
