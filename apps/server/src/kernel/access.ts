// Authorisation over unit subtrees: may this actor do this, here? Services open with these checks.
import { AppError } from './errors.ts';
import type { Actor } from './actor.ts';
import { ROLE_PERMISSIONS, type Permission } from './roles.ts';

const grantsWith = (actor: Actor, permission: Permission) =>
  actor.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission));

/** True when a grant carrying the permission covers the unit with this materialised path. */
export function can(actor: Actor, permission: Permission, unitPath?: string | null): boolean {
  return grantsWith(actor, permission).some(
    (g) => g.unitPath === null || (unitPath != null && unitPath.startsWith(g.unitPath)),
  );
}

export function assertCan(actor: Actor, permission: Permission, unitPath?: string | null): void {
  if (can(actor, permission, unitPath)) return;
  const holdsAnywhere = grantsWith(actor, permission).length > 0;
  throw holdsAnywhere
    ? new AppError('forbidden', 'outside_scope', '该操作超出您的单位管辖范围')
    : new AppError('forbidden', 'missing_permission', `您没有执行该操作的权限（${permission}）`);
}

/** Subtree roots the actor may act on with this permission; `null` in the list means everything. */
export function scopeOf(actor: Actor, permission: Permission): (string | null)[] {
  return grantsWith(actor, permission).map((g) => g.unitPath);
}
