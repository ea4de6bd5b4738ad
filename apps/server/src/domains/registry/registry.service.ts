// Use cases of the registry: units, accounts and tier-by-tier filings with their announcements (REG-1…REG-3).
import {
  accountInputSchema,
  accountPatchSchema,
  filingDecisionSchema,
  filingInputSchema,
  unitInputSchema,
  PLATFORMS,
  type AccountStatus,
  type FilingChanges,
  type FilingKind,
} from '@govmedia/contracts';
import type { Database, DbOrTx } from '../../db/database.ts';
import { assertCan, can, scopeOf } from '../../kernel/access.ts';
import type { Actor } from '../../kernel/actor.ts';
import { AppError } from '../../kernel/errors.ts';
import { urlKey } from './account-identity.ts';
import {
  canDecide,
  canEditDirectly,
  canSubmit,
  statusAfterApproval,
  type Verdict,
} from './filing.state.ts';
import type { FindingsService } from './findings.service.ts';
import type { RegistryWrite } from './registry-write.ts';
import type {
  AccountFilter,
  AccountRow,
  RegistryRepository,
  UnitRow,
} from './registry.repository.ts';

const conflict = (v: Verdict) => {
  if (!v.ok) throw new AppError('conflict', v.reason, v.message);
};

export class RegistryService {
  constructor(
    private readonly database: Database,
    private readonly repo: RegistryRepository,
    private readonly findings: FindingsService,
    private readonly write: RegistryWrite,
  ) {}

  // ---- units
  listUnits(actor: Actor): Promise<UnitRow[]> {
    return this.repo.listUnits(this.database.db, this.readScope(actor));
  }

  async createUnit(actor: Actor, input: unknown): Promise<UnitRow> {
    const data = unitInputSchema.parse(input);
    const db = this.database.db;
    const parent = data.parentId ? await this.repo.findUnit(db, data.parentId) : undefined;
    if (data.parentId && !parent)
      throw new AppError('unprocessable', 'unknown_unit', '主管单位不存在');
    assertCan(actor, 'registry.write', parent ? parent.path : null);
    if ((await this.repo.findUnitsByName(db, [data.name])).length) {
      throw new AppError('conflict', 'unit_exists', `单位「${data.name}」已登记`);
    }
    return this.write(actor, async (tx) => {
      const unit = await this.repo.insertUnit(
        tx,
        { ...data, shortName: data.shortName ?? null, duties: data.duties ?? null },
        parent?.path ?? '/',
      );
      return {
        result: unit,
        audit: {
          action: 'unit.create',
          entity: 'unit',
          entityId: unit.id,
          detail: data,
        },
      };
    });
  }

  async updateUnit(
    actor: Actor,
    id: string,
    input: { shortName?: string | null; duties?: string | null },
  ): Promise<UnitRow> {
    const unit = await this.mustFindUnit(id);
    assertCan(actor, 'registry.write', unit.path);
    return this.write(actor, async (tx) => {
      await this.repo.updateUnit(tx, id, input);
      return {
        result: (await this.repo.findUnit(tx, id))!,
        audit: {
          action: 'unit.update',
          entity: 'unit',
          entityId: id,
          detail: input,
        },
      };
    });
  }

  // ---- accounts
  async listAccounts(
    actor: Actor,
    filter: Omit<AccountFilter, 'scope' | 'accountIds'> & { rule?: string | undefined },
  ) {
    const scope = this.readScope(actor);
    let accountIds: string[] | undefined;
    if (filter.rule)
      accountIds = (await this.findings.list(actor, filter.rule)).flatMap((f) => f.accountIds);
    return this.repo.listAccounts(this.database.db, { ...filter, scope, accountIds });
  }

  async getAccount(actor: Actor, id: string) {
    const db = this.database.db;
    const found = await this.repo.findAccount(db, id);
    if (!found || !can(actor, 'registry.read', found.unit.path))
      throw new AppError('not_found', 'account_not_found', '账号不存在');
    const [filings, findings] = await Promise.all([
      this.repo.listFilings(db, id),
      this.findings.list(actor),
    ]);
    return { ...found, filings, findings: findings.filter((f) => f.accountIds.includes(id)) };
  }

  async createAccount(actor: Actor, input: unknown): Promise<AccountRow> {
    const data = accountInputSchema.parse(input);
    const unit = await this.mustFindUnit(data.unitId);
    assertCan(actor, 'registry.write', unit.path);
    return this.write(actor, async (tx) => {
      const account = await this.repo.insertAccount(tx, {
        ...data,
        urlKey: urlKey(data.url) ?? null,
        status: 'pending',
      });
      return {
        result: account,
        audit: {
          action: 'account.create',
          entity: 'account',
          entityId: account.id,
          detail: data,
        },
      };
    });
  }

  /** Edits a pending account; a filed account changes only through a change filing. */
  async updateAccount(actor: Actor, id: string, input: unknown): Promise<AccountRow> {
    const { account, unit } = await this.mustFindAccount(id);
    assertCan(actor, 'registry.write', unit.path);
    conflict(canEditDirectly(account.status as AccountStatus));
    const data = accountPatchSchema.parse(input);
    return this.write(actor, async (tx) => {
      await this.repo.updateAccount(tx, id, {
        ...data,
        ...(data.url !== undefined ? { urlKey: urlKey(data.url) ?? null } : {}),
      });
      return {
        result: (await this.repo.findAccount(tx, id))!.account,
        audit: {
          action: 'account.update',
          entity: 'account',
          entityId: id,
          detail: data,
        },
      };
    });
  }

  // ---- filings
  async submitFiling(actor: Actor, accountId: string, input: unknown) {
    const data = filingInputSchema.parse(input);
    const { account, unit } = await this.mustFindAccount(accountId);
    assertCan(actor, 'filing.submit', unit.path);
    const db = this.database.db;
    conflict(
      canSubmit(
        account.status as AccountStatus,
        data.kind,
        await this.repo.hasOpenFiling(db, accountId),
      ),
    );
    if (data.kind === 'change') await this.checkChanges(unit, data.changes);
    if ((data.kind === 'suspension' || data.kind === 'cancellation') && !data.reason) {
      throw new AppError('unprocessable', 'reason_required', '关停或注销备案须说明理由');
    }
    return this.write(actor, async (tx) => {
      const filing = await this.repo.insertFiling(tx, {
        accountId,
        kind: data.kind,
        status: 'submitted',
        changes: data.changes,
        reason: data.reason ?? null,
        effectiveDate: data.effectiveDate ?? null,
        submittedBy: actor.userId,
      });
      return {
        result: filing,
        audit: {
          action: `filing.submit.${data.kind}`,
          entity: 'filing',
          entityId: filing.id,
          detail: { accountId, ...data },
        },
      };
    });
  }

  /** Approve or reject: only the host unit's supervising unit (or above) may decide, tier by tier. */
  async decideFiling(actor: Actor, filingId: string, input: unknown) {
    const { decision, note } = filingDecisionSchema.parse(input);
    const db = this.database.db;
    const filing = await this.repo.findFiling(db, filingId);
    if (!filing) throw new AppError('not_found', 'filing_not_found', '备案不存在');
    const { account, unit } = await this.mustFindAccount(filing.accountId);
    assertCan(actor, 'filing.approve', await this.supervisingPath(unit));
    conflict(canDecide(filing.status as 'submitted'));
    const kind = filing.kind as FilingKind;
    const changes = filing.changes as FilingChanges;
    return this.write(actor, async (tx) => {
      const now = new Date();
      await this.repo.updateFiling(tx, filingId, {
        status: decision === 'approve' ? 'approved' : 'rejected',
        decidedBy: actor.userId,
        decidedAt: now,
        decisionNote: note ?? null,
      });
      if (decision === 'approve') {
        const status = statusAfterApproval(
          kind,
          account.status as AccountStatus,
          changes.resume === true,
        );
        const { resume: _resume, ...fields } = changes;
        await this.repo.updateAccount(tx, account.id, {
          ...(kind === 'change'
            ? {
                ...fields,
                ...(fields.url !== undefined ? { urlKey: urlKey(fields.url) ?? null } : {}),
              }
            : {}),
          status,
        });
        await this.announce(tx, kind, filingId, account, unit, changes.unitId);
      }
      return {
        result: (await this.repo.findFiling(tx, filingId))!,
        audit: {
          action: `filing.${decision}`,
          entity: 'filing',
          entityId: filingId,
          detail: { accountId: account.id, kind, note },
        },
      };
    });
  }

  /** Submitted filings the actor may decide. */
  async approvalQueue(actor: Actor) {
    const rows = await this.repo.listOpenFilings(this.database.db);
    const out = [];
    for (const row of rows) {
      if (can(actor, 'filing.approve', await this.supervisingPath(row.unit))) out.push(row);
    }
    return out;
  }

  private async announce(
    tx: DbOrTx,
    kind: FilingKind,
    filingId: string,
    account: AccountRow,
    unit: UnitRow,
    newUnitId: string | undefined,
  ): Promise<void> {
    const platform = PLATFORMS[account.platform as keyof typeof PLATFORMS]?.[0] ?? account.platform;
    if (kind === 'change' && newUnitId && newUnitId !== unit.id) {
      const next = await this.repo.findUnit(tx, newUnitId);
      await this.repo.insertAnnouncement(tx, {
        accountId: account.id,
        filingId,
        kind: 'host_change',
        title: `关于${platform}账号「${account.name}」主办单位变更的公告`,
        body: `${platform}账号「${account.name}」的主办单位自即日起由「${unit.name}」变更为「${next?.name ?? ''}」，特此公告。`,
      });
    }
    if (kind === 'cancellation') {
      await this.repo.insertAnnouncement(tx, {
        accountId: account.id,
        filingId,
        kind: 'cancellation',
        title: `关于注销${platform}账号「${account.name}」的公告`,
        body: `「${unit.name}」主办的${platform}账号「${account.name}」已履行注销备案程序，自即日起停止运营，特此公告。`,
      });
    }
  }

  /** A new host unit need not be in the submitter's scope: the supervising unit reviews the transfer. */
  private async checkChanges(unit: UnitRow, changes: FilingChanges): Promise<void> {
    if (Object.keys(changes).length === 0)
      throw new AppError('unprocessable', 'empty_change', '变更备案须包含至少一项变更内容');
    if (changes.unitId && changes.unitId !== unit.id) {
      const next = await this.repo.findUnit(this.database.db, changes.unitId);
      if (!next) throw new AppError('unprocessable', 'unknown_unit', '变更后的主办单位不存在');
    }
  }

  private async supervisingPath(unit: UnitRow): Promise<string | null> {
    if (!unit.parentId) return null;
    return (await this.repo.findUnit(this.database.db, unit.parentId))?.path ?? null;
  }

  private readScope(actor: Actor): (string | null)[] {
    const scope = scopeOf(actor, 'registry.read');
    if (scope.length === 0)
      throw new AppError('forbidden', 'missing_permission', '您没有查看登记库的权限');
    return scope;
  }

  private async mustFindUnit(id: string): Promise<UnitRow> {
    const unit = await this.repo.findUnit(this.database.db, id);
    if (!unit) throw new AppError('not_found', 'unit_not_found', '单位不存在');
    return unit;
  }

  private async mustFindAccount(id: string): Promise<{ account: AccountRow; unit: UnitRow }> {
    const found = await this.repo.findAccount(this.database.db, id);
    if (!found) throw new AppError('not_found', 'account_not_found', '账号不存在');
    return found;
  }
}
