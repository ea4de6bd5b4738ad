// Registry endpoints: units, accounts, filings, the approval queue, findings, import/export, settings.
import type {
  AccountPatch,
  AccountStatus,
  FilingKind,
  Platform,
  UnitInput,
} from '@govmedia/contracts';
import { http, withQuery } from './http.ts';
import type {
  Account,
  AccountDetail,
  AccountWithUnit,
  Filing,
  Finding,
  QueueItem,
  RegistrySettings,
  Unit,
} from './types.ts';

export const listUnits = () => http.get<{ items: Unit[] }>('/api/units').then((r) => r.items);
export const createUnit = (input: UnitInput) => http.post<Unit>('/api/units', input);
export const updateUnit = (
  id: string,
  input: { shortName?: string | null; duties?: string | null },
) => http.patch<Unit>(`/api/units/${id}`, input);

export interface AccountQuery {
  unitId?: string | undefined;
  platform?: Platform | undefined;
  status?: AccountStatus | undefined;
  rule?: string | undefined;
  q?: string | undefined;
}

export const listAccounts = (query: AccountQuery) =>
  http.get<{ items: AccountWithUnit[] }>('/api/accounts', { ...query }).then((r) => r.items);
export const getAccount = (id: string) => http.get<AccountDetail>(`/api/accounts/${id}`);
export const createAccount = (input: Record<string, unknown>) =>
  http.post<Account>('/api/accounts', input);
/** Edits a pending account directly; a filed account changes only through a change filing. */
export const updateAccount = (id: string, patch: AccountPatch) =>
  http.patch<Account>(`/api/accounts/${id}`, patch);

export interface FilingRequest {
  kind: FilingKind;
  reason?: string | undefined;
  effectiveDate?: string | undefined;
  changes?: Record<string, unknown>;
}

export const submitFiling = (accountId: string, input: FilingRequest) =>
  http.post<Filing>(`/api/accounts/${accountId}/filings`, input);
export const approvalQueue = () =>
  http.get<{ items: QueueItem[] }>('/api/filings/queue').then((r) => r.items);
export const decideFiling = (filingId: string, decision: 'approve' | 'reject', note?: string) =>
  http.post<Filing>(`/api/filings/${filingId}/decision`, { decision, ...(note ? { note } : {}) });

export const recomputeFindings = () =>
  http.post<{ count: number }>('/api/registry/findings/recompute');

export const listFindings = (rule?: string) =>
  http.get<{ items: Finding[] }>('/api/registry/findings', { rule }).then((r) => r.items);

export function importSheet(
  file: File,
): Promise<{ unitsCreated: number; accountsCreated: number }> {
  const form = new FormData();
  form.append('file', file);
  return http.post('/api/registry/import', form);
}

/** A plain link the browser downloads (GET needs no CSRF header). */
export const exportUrl = (format: 'csv' | 'xlsx') => withQuery('/api/registry/export', { format });

export const getSettings = () => http.get<RegistrySettings>('/api/registry/settings');
export const putSettings = (settings: RegistrySettings) =>
  http.put<RegistrySettings>('/api/registry/settings', settings);
