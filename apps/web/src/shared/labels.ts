// Chinese labels and select options built from the shared vocabularies of @govmedia/contracts.
import {
  ACCOUNT_STATUS_LABELS,
  ACCOUNT_STATUSES,
  FINDING_RULE_LABELS,
  KIND_KEYS,
  KINDS,
  LEVEL_KEYS,
  LEVELS,
  PLATFORM_KEYS,
  PLATFORMS,
  ROLE_LABELS,
  ROLES,
  SERVICE_KEYS,
  SERVICES,
  type AccountStatus,
  type Kind,
  type Level,
  type Platform,
} from '@govmedia/contracts';
import type { Severity } from '../api/types.ts';

export const platformName = (p: Platform) => PLATFORMS[p][0];
export const levelName = (l: Level) => LEVELS[l][0];
export const kindName = (k: Kind) => KINDS[k][0];
export const ruleName = (rule: string) => FINDING_RULE_LABELS[rule] ?? rule;

export const platformOptions = PLATFORM_KEYS.map((value) => ({
  value,
  label: platformName(value),
}));
export const levelOptions = LEVEL_KEYS.map((value) => ({ value, label: levelName(value) }));
export const kindOptions = KIND_KEYS.map((value) => ({ value, label: kindName(value) }));
export const statusOptions = ACCOUNT_STATUSES.map((value) => ({
  value,
  label: ACCOUNT_STATUS_LABELS[value],
}));
export const serviceOptions = SERVICE_KEYS.map((value) => ({ value, label: SERVICES[value][0] }));
export const roleOptions = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
export const ruleOptions = Object.entries(FINDING_RULE_LABELS).map(([value, label]) => ({
  value,
  label,
}));

export const STATUS_COLORS: Record<AccountStatus, string> = {
  pending: 'gold',
  active: 'green',
  suspended: 'orange',
  cancelled: 'default',
};

export const SEVERITY: Record<Severity, { label: string; color: string }> = {
  high: { label: '高', color: 'red' },
  medium: { label: '中', color: 'orange' },
  low: { label: '低', color: 'blue' },
};
