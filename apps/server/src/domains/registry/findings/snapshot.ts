// The registry facts every finding rule reads, and the shape of what a rule reports (REG-4).
import type { AccountStatus, Kind, Level, Platform, Service } from '../registry.vocabulary.ts';
import type { FilingKind, FilingStatus } from '../filing.state.ts';

export interface UnitFacts {
  id: string;
  name: string;
  shortName: string | null;
  level: Level;
  kind: Kind;
  parentId: string | null;
  duties: string | null;
}

export interface AccountFacts {
  id: string;
  unitId: string;
  platform: Platform;
  name: string;
  certification: string | null;
  licence: string | null;
  services: Service[];
  status: AccountStatus;
  openedOn: string | null;
  duplicateReason: string | null;
}

export interface FilingFacts {
  accountId: string;
  kind: FilingKind;
  status: FilingStatus;
  source: string;
  submittedAt: Date;
  effectiveDate: string | null;
}

export interface RegistrySettings {
  /** Working days allowed between an opening/change/closure and its filing (preset: 2 or 5). */
  filingDeadlineWorkingDays: number;
  /** Platforms where the public gathers; a government absent from one gets a `platform-gap`. */
  majorPlatforms: Platform[];
}

export const DEFAULT_REGISTRY_SETTINGS: RegistrySettings = {
  filingDeadlineWorkingDays: 5,
  majorPlatforms: ['wechat', 'weibo', 'douyin'],
};

export interface RegistrySnapshot {
  units: UnitFacts[];
  accounts: AccountFacts[];
  filings: FilingFacts[];
  settings: RegistrySettings;
  now: Date;
}

export type FindingSeverity = 'high' | 'medium' | 'low';

export interface FindingDraft {
  rule: string;
  /** Stable identity of this finding across recomputations. */
  key: string;
  severity: FindingSeverity;
  message: string;
  unitIds: string[];
  accountIds: string[];
  detail: Record<string, unknown>;
}

/** Accounts that still exist for the public: everything but cancelled ones. */
export const liveAccounts = (s: RegistrySnapshot) =>
  s.accounts.filter((a) => a.status !== 'cancelled');

export const unitIndex = (s: RegistrySnapshot) => new Map(s.units.map((u) => [u.id, u]));
