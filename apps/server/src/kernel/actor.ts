// Who is acting: a signed-in user, the CLI operator or the system itself, with their scoped roles.
import type { Role } from './roles.ts';

export interface RoleGrant {
  role: Role;
  /** Root of the covered unit subtree; null covers every unit. */
  unitId: string | null;
  /** Materialised path of that unit (`/id/id/`); null covers every unit. */
  unitPath: string | null;
}

export interface Actor {
  userId: string | null;
  name: string;
  grants: RoleGrant[];
}

/** The CLI and scheduled jobs act as the system, with every permission. */
export const systemActor = (name = 'system'): Actor => ({
  userId: null,
  name,
  grants: [{ role: 'system_admin', unitId: null, unitPath: null }],
});
