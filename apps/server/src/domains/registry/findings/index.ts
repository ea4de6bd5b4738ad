// Runs every registry rule (REG-4) over a snapshot; rule ids are stable and documented here.
import { certificationHost } from './certification-host.ts';
import { coverage } from './coverage.ts';
import { filingOverdue } from './filing-overdue.ts';
import { licenceRequired } from './licence-required.ts';
import { nameConsistency } from './name-consistency.ts';
import { nameDuty, type Tokenizer } from './name-duty.ts';
import { oneAccountPerPlatform } from './one-account-per-platform.ts';
import type { FindingDraft, RegistrySnapshot } from './snapshot.ts';

export const FINDING_RULES = [
  'one-account-per-platform',
  'name-consistency',
  'certification-host',
  'name-duty',
  'licence-required',
  'coverage',
  'platform-gap',
  'filing-overdue',
] as const;

export function computeFindings(snapshot: RegistrySnapshot, tokenize: Tokenizer): FindingDraft[] {
  return [
    ...oneAccountPerPlatform(snapshot),
    ...nameConsistency(snapshot),
    ...certificationHost(snapshot),
    ...nameDuty(snapshot, tokenize),
    ...licenceRequired(snapshot),
    ...coverage(snapshot),
    ...filingOverdue(snapshot),
  ];
}

export * from './snapshot.ts';
export type { Tokenizer } from './name-duty.ts';
