// All SQL of sign-in: users, role grants with their unit paths, sessions.
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { roleAssignments, sessions, units, users } from '../../db/schema/index.ts';
import type { RoleGrant } from '../../kernel/actor.ts';
import type { Role } from '../../kernel/roles.ts';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

export class AuthRepository {
  async countUsers(db: DbOrTx): Promise<number> {
    const rows = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    return rows[0]?.n ?? 0;
  }

  async findUserByName(db: DbOrTx, username: string): Promise<UserRow | undefined> {
    return (await db.select().from(users).where(eq(users.username, username)))[0];
  }

  async findUser(db: DbOrTx, id: string): Promise<UserRow | undefined> {
    return (await db.select().from(users).where(eq(users.id, id)))[0];
  }

  async listUsers(db: DbOrTx): Promise<UserRow[]> {
    return db.select().from(users).orderBy(asc(users.username));
  }

  async insertUser(db: DbOrTx, values: typeof users.$inferInsert): Promise<UserRow> {
    const rows = await db.insert(users).values(values).returning();
    return rows[0]!;
  }

  async updateUser(
    db: DbOrTx,
    id: string,
    values: Partial<typeof users.$inferInsert>,
  ): Promise<void> {
    await db.update(users).set(values).where(eq(users.id, id));
  }

  async grantsOf(db: DbOrTx, userId: string): Promise<RoleGrant[]> {
    const rows = await db
      .select({ role: roleAssignments.role, unitId: roleAssignments.unitId, unitPath: units.path })
      .from(roleAssignments)
      .leftJoin(units, eq(units.id, roleAssignments.unitId))
      .where(eq(roleAssignments.userId, userId));
    return rows.map((r) => ({
      role: r.role as Role,
      unitId: r.unitId,
      unitPath: r.unitId ? r.unitPath : null,
    }));
  }

  async replaceGrants(
    db: DbOrTx,
    userId: string,
    grants: { role: Role; unitId: string | null }[],
  ): Promise<void> {
    await db.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
    if (grants.length)
      await db.insert(roleAssignments).values(grants.map((g) => ({ userId, ...g })));
  }

  /** The unit's materialised path, or undefined when there is no such unit. */
  async unitPath(db: DbOrTx, unitId: string): Promise<string | undefined> {
    return (await db.select({ path: units.path }).from(units).where(eq(units.id, unitId)))[0]?.path;
  }

  async insertSession(db: DbOrTx, values: typeof sessions.$inferInsert): Promise<void> {
    await db.insert(sessions).values(values);
  }

  async findLiveSession(db: DbOrTx, id: string, now: Date): Promise<SessionRow | undefined> {
    return (
      await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)))
    )[0];
  }

  async updateSession(
    db: DbOrTx,
    id: string,
    values: Partial<typeof sessions.$inferInsert>,
  ): Promise<void> {
    await db.update(sessions).set(values).where(eq(sessions.id, id));
  }

  async deleteSession(db: DbOrTx, id: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.id, id));
  }

  /** Ends every session of the user, e.g. when the account is disabled. */
  async deleteSessionsOf(db: DbOrTx, userId: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.userId, userId));
  }

  async deleteExpiredSessions(db: DbOrTx, now: Date): Promise<void> {
    await db.delete(sessions).where(lt(sessions.expiresAt, now));
  }
}
