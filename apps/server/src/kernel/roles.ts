// What each role of SEC-1 may do, as data. Every grant is scoped to a unit subtree.
import type { Role } from '@govmedia/contracts';

export { ROLES, ROLE_LABELS, type Role } from '@govmedia/contracts';

export const PERMISSIONS = [
  'registry.read',
  'registry.write',
  'filing.submit',
  'filing.approve',
  'registry.import',
  'users.manage',
  'audit.read',
  'content.check',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  system_admin: PERMISSIONS,
  supervisor: ['registry.read', 'filing.approve', 'audit.read', 'content.check'],
  unit_admin: [
    'registry.read',
    'registry.write',
    'filing.submit',
    'registry.import',
    'users.manage',
    'content.check',
  ],
  editor: ['registry.read', 'content.check'],
  reviewer: ['registry.read', 'content.check'],
  legal_reviewer: ['registry.read', 'content.check'],
  operator: ['registry.read', 'content.check'],
  duty_officer: ['registry.read', 'content.check'],
  auditor: ['registry.read', 'audit.read'],
};
