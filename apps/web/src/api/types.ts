// Shapes of the server's JSON responses, as the console reads them.
import type {
  AccountStatus,
  FilingKind,
  FilingStatus,
  Kind,
  Level,
  Platform,
  Role,
  Service,
} from '@govmedia/contracts';

export interface Grant {
  role: Role;
  unitId: string | null;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  totpEnabled: boolean;
  locked: boolean;
  disabled: boolean;
  grants: Grant[];
}

export interface Unit {
  id: string;
  name: string;
  shortName: string | null;
  level: Level;
  kind: Kind;
  parentId: string | null;
  path: string;
  duties: string | null;
}

export interface Account {
  id: string;
  unitId: string;
  platform: Platform;
  name: string;
  handle: string | null;
  url: string | null;
  certification: string | null;
  operatorKind: 'in_house' | 'contracted';
  operatorName: string | null;
  operatorContractEnd: string | null;
  licence: string | null;
  services: Service[];
  openedOn: string | null;
  duplicateReason: string | null;
  status: AccountStatus;
  createdAt: string;
  updatedAt: string;
}

export interface Filing {
  id: string;
  accountId: string;
  kind: FilingKind;
  status: FilingStatus;
  changes: Record<string, unknown>;
  reason: string | null;
  effectiveDate: string | null;
  source: string;
  submittedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
}

export type Severity = 'high' | 'medium' | 'low';

export interface Finding {
  key: string;
  rule: string;
  severity: Severity;
  message: string;
  unitIds: string[];
  accountIds: string[];
  unitNames: string[];
  accountNames: string[];
  detail: Record<string, unknown>;
}

export interface AccountWithUnit {
  account: Account;
  unit: Unit;
}

export interface AccountDetail extends AccountWithUnit {
  filings: Filing[];
  findings: Finding[];
}

export interface QueueItem extends AccountWithUnit {
  filing: Filing;
}

export interface AuditRow {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail: Record<string, unknown>;
  hash: string;
}

export interface AuditVerdict {
  ok: boolean;
  rows: number;
  firstBadSeq?: number;
  reason?: string;
}

export type { VerifyAnswer, VerifyMatch } from '@govmedia/contracts';

export interface Announcement {
  id: string;
  kind: 'host_change' | 'cancellation';
  title: string;
  body: string;
  publishedAt: string;
}

export interface RegistrySettings {
  /** Working days within which a change must be filed (filing-overdue rule). */
  filingDeadlineWorkingDays: number;
  /** Platforms where the public gathers; a unit absent from them is a finding. */
  majorPlatforms: Platform[];
}
