// All SQL of the registry: units, accounts, filings, announcements, findings and registry settings.
import { and, asc, desc, eq, inArray, like, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import {
  accounts,
  announcements,
  filings,
  registryFindings,
  settings,
  units,
} from '../../db/schema/index.ts';

export type UnitRow = typeof units.$inferSelect;
export type AccountRow = typeof accounts.$inferSelect;
export type FilingRow = typeof filings.$inferSelect;
export type AnnouncementRow = typeof announcements.$inferSelect;
export type FindingRow = typeof registryFindings.$inferSelect;

export interface AccountFilter {
  /** Unit subtree roots the caller may see; `null` in the list means everything. */
  scope: (string | null)[];
  unitId?: string | undefined;
  platform?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
  accountIds?: string[] | undefined;
}

const inScope = (scope: (string | null)[]): SQL | undefined => {
  if (scope.includes(null)) return undefined;
  const prefixes = scope.filter((p): p is string => p !== null);
  if (prefixes.length === 0) return sql`false`;
  return or(...prefixes.map((p) => like(units.path, `${p}%`)));
};

export class RegistryRepository {
  // ---- units
  listUnits(db: DbOrTx, scope: (string | null)[]): Promise<UnitRow[]> {
    return db.select().from(units).where(inScope(scope)).orderBy(asc(units.path));
  }

  async findUnit(db: DbOrTx, id: string): Promise<UnitRow | undefined> {
    return (await db.select().from(units).where(eq(units.id, id)))[0];
  }

  async findUnitsByName(db: DbOrTx, names: string[]): Promise<UnitRow[]> {
    return names.length ? db.select().from(units).where(inArray(units.name, names)) : [];
  }

  async insertUnit(
    db: DbOrTx,
    values: Omit<typeof units.$inferInsert, 'path'>,
    parentPath: string,
  ): Promise<UnitRow> {
    const id = values.id ?? crypto.randomUUID();
    const rows = await db
      .insert(units)
      .values({ ...values, id, path: `${parentPath}${id}/` })
      .returning();
    return rows[0]!;
  }

  async updateUnit(
    db: DbOrTx,
    id: string,
    values: Partial<Pick<UnitRow, 'shortName' | 'duties' | 'kind' | 'level'>>,
  ): Promise<void> {
    await db
      .update(units)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(units.id, id));
  }

  // ---- accounts
  listAccounts(db: DbOrTx, f: AccountFilter): Promise<{ account: AccountRow; unit: UnitRow }[]> {
    const where: (SQL | undefined)[] = [inScope(f.scope)];
    if (f.unitId) where.push(eq(accounts.unitId, f.unitId));
    if (f.platform) where.push(eq(accounts.platform, f.platform));
    if (f.status) where.push(eq(accounts.status, f.status));
    if (f.accountIds)
      where.push(f.accountIds.length ? inArray(accounts.id, f.accountIds) : sql`false`);
    if (f.q) {
      const q = `%${f.q}%`;
      where.push(or(like(accounts.name, q), like(accounts.handle, q), like(units.name, q)));
    }
    return db
      .select({ account: accounts, unit: units })
      .from(accounts)
      .innerJoin(units, eq(units.id, accounts.unitId))
      .where(and(...where))
      .orderBy(asc(units.path), asc(accounts.platform), asc(accounts.name));
  }

  async findAccount(
    db: DbOrTx,
    id: string,
  ): Promise<{ account: AccountRow; unit: UnitRow } | undefined> {
    const rows = await db
      .select({ account: accounts, unit: units })
      .from(accounts)
      .innerJoin(units, eq(units.id, accounts.unitId))
      .where(eq(accounts.id, id));
    return rows[0];
  }

  /** Accounts whose URL key, handle or exact name matches, for public verification. */
  lookupAccounts(db: DbOrTx, by: { urlKey?: string; handle?: string; name?: string }) {
    const conditions: SQL[] = [];
    if (by.urlKey) conditions.push(eq(accounts.urlKey, by.urlKey));
    if (by.handle)
      conditions.push(sql`lower(regexp_replace(${accounts.handle}, '^@', '')) = ${by.handle}`);
    if (by.name)
      conditions.push(eq(sql`lower(regexp_replace(${accounts.name}, '\\s', '', 'g'))`, by.name));
    return db
      .select({ account: accounts, unit: units })
      .from(accounts)
      .innerJoin(units, eq(units.id, accounts.unitId))
      .where(or(...conditions))
      .orderBy(asc(accounts.status))
      .limit(20);
  }

  async insertAccount(db: DbOrTx, values: typeof accounts.$inferInsert): Promise<AccountRow> {
    return (await db.insert(accounts).values(values).returning())[0]!;
  }

  async updateAccount(
    db: DbOrTx,
    id: string,
    values: Partial<typeof accounts.$inferInsert>,
  ): Promise<void> {
    await db
      .update(accounts)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(accounts.id, id));
  }

  // ---- filings
  async insertFiling(db: DbOrTx, values: typeof filings.$inferInsert): Promise<FilingRow> {
    return (await db.insert(filings).values(values).returning())[0]!;
  }

  async findFiling(db: DbOrTx, id: string): Promise<FilingRow | undefined> {
    return (await db.select().from(filings).where(eq(filings.id, id)))[0];
  }

  listFilings(db: DbOrTx, accountId: string): Promise<FilingRow[]> {
    return db
      .select()
      .from(filings)
      .where(eq(filings.accountId, accountId))
      .orderBy(desc(filings.submittedAt));
  }

  async hasOpenFiling(db: DbOrTx, accountId: string): Promise<boolean> {
    const rows = await db
      .select({ id: filings.id })
      .from(filings)
      .where(and(eq(filings.accountId, accountId), eq(filings.status, 'submitted')));
    return rows.length > 0;
  }

  async updateFiling(
    db: DbOrTx,
    id: string,
    values: Partial<typeof filings.$inferInsert>,
  ): Promise<void> {
    await db.update(filings).set(values).where(eq(filings.id, id));
  }

  /** Submitted filings with their account and host unit, oldest first. */
  listOpenFilings(db: DbOrTx) {
    return db
      .select({ filing: filings, account: accounts, unit: units })
      .from(filings)
      .innerJoin(accounts, eq(accounts.id, filings.accountId))
      .innerJoin(units, eq(units.id, accounts.unitId))
      .where(eq(filings.status, 'submitted'))
      .orderBy(asc(filings.submittedAt));
  }

  // ---- announcements
  async insertAnnouncement(db: DbOrTx, values: typeof announcements.$inferInsert): Promise<void> {
    await db.insert(announcements).values(values);
  }

  listAnnouncements(db: DbOrTx, limit: number): Promise<AnnouncementRow[]> {
    return db.select().from(announcements).orderBy(desc(announcements.publishedAt)).limit(limit);
  }

  // ---- snapshot and findings
  /** One query after another: inside a transaction they share a single connection. */
  async snapshot(db: DbOrTx) {
    const unitRows = await db.select().from(units);
    const accountRows = await db.select().from(accounts);
    const filingRows = await db.select().from(filings);
    return { unitRows, accountRows, filingRows };
  }

  /** Replaces the stored findings with the given set, keeping first-seen times of those that persist. */
  async replaceFindings(
    db: DbOrTx,
    drafts: Omit<typeof registryFindings.$inferInsert, 'firstSeenAt' | 'lastSeenAt'>[],
    now: Date,
  ): Promise<void> {
    const keys = drafts.map((d) => d.key);
    await db
      .delete(registryFindings)
      .where(keys.length ? notInArray(registryFindings.key, keys) : undefined);
    for (const d of drafts) {
      await db
        .insert(registryFindings)
        .values({ ...d, firstSeenAt: now, lastSeenAt: now })
        .onConflictDoUpdate({
          target: registryFindings.key,
          set: {
            severity: d.severity,
            message: d.message,
            unitIds: d.unitIds,
            accountIds: d.accountIds,
            detail: d.detail,
            lastSeenAt: now,
          },
        });
    }
  }

  listFindings(db: DbOrTx, rule?: string): Promise<FindingRow[]> {
    return db
      .select()
      .from(registryFindings)
      .where(rule ? eq(registryFindings.rule, rule) : undefined)
      .orderBy(asc(registryFindings.rule), asc(registryFindings.key));
  }

  async getSetting<T>(db: DbOrTx, key: string): Promise<T | undefined> {
    return (await db.select().from(settings).where(eq(settings.key, key)))[0]?.value as
      T | undefined;
  }

  async putSetting(db: DbOrTx, key: string, value: unknown): Promise<void> {
    await db
      .insert(settings)
      .values({ key, value })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
  }
}
