// Keeps registry findings current: recomputed inside every registry write and on demand (REG-4).
import { registrySettingsSchema } from '@govmedia/contracts';
import type { Database, DbOrTx } from '../../db/database.ts';
import { scopeOf } from '../../kernel/access.ts';
import type { Actor } from '../../kernel/actor.ts';
import { AppError } from '../../kernel/errors.ts';
import type { AuditService } from '../audit/index.ts';
import {
  computeFindings,
  DEFAULT_REGISTRY_SETTINGS,
  type AccountFacts,
  type FilingFacts,
  type RegistrySettings,
  type Tokenizer,
  type UnitFacts,
} from './findings/index.ts';
import { tokenizeName } from './name-tokenizer.ts';
import type { FindingRow, RegistryRepository } from './registry.repository.ts';

const SETTINGS_KEY = 'registry';

export class FindingsService {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditService,
    private readonly repo: RegistryRepository,
    private readonly now: () => Date,
    private readonly tokenize: Tokenizer = tokenizeName,
  ) {}

  async settings(db: DbOrTx = this.database.db): Promise<RegistrySettings> {
    const stored = await this.repo.getSetting<Partial<RegistrySettings>>(db, SETTINGS_KEY);
    return { ...DEFAULT_REGISTRY_SETTINGS, ...stored };
  }

  async updateSettings(actor: Actor, input: unknown): Promise<RegistrySettings> {
    if (!scopeOf(actor, 'users.manage').includes(null)) {
      throw new AppError('forbidden', 'missing_permission', '只有系统管理员可以修改登记规则设置');
    }
    const value = registrySettingsSchema.parse(input);
    await this.database.db.transaction(async (tx) => {
      await this.repo.putSetting(tx, SETTINGS_KEY, value);
      await this.audit.record(tx, actor, {
        action: 'settings.update',
        entity: 'settings',
        entityId: SETTINGS_KEY,
        detail: value,
      });
      await this.recompute(tx);
    });
    return value;
  }

  /** Recomputes every finding from the current registry; call inside the write's transaction. */
  async recompute(db: DbOrTx = this.database.db): Promise<number> {
    const { unitRows, accountRows, filingRows } = await this.repo.snapshot(db);
    const drafts = computeFindings(
      {
        units: unitRows as UnitFacts[],
        accounts: accountRows as AccountFacts[],
        filings: filingRows as FilingFacts[],
        settings: await this.settings(db),
        now: this.now(),
      },
      this.tokenize,
    );
    await this.repo.replaceFindings(db, drafts, this.now());
    return drafts.length;
  }

  /** Findings that concern at least one unit the actor may read. */
  async list(
    actor: Actor,
    rule?: string,
  ): Promise<(FindingRow & { unitNames: string[]; accountNames: string[] })[]> {
    const scope = scopeOf(actor, 'registry.read');
    if (scope.length === 0)
      throw new AppError('forbidden', 'missing_permission', '您没有查看登记库的权限');
    const db = this.database.db;
    const units = new Map((await this.repo.listUnits(db, scope)).map((u) => [u.id, u.name]));
    const accounts = new Map(
      (await this.repo.listAccounts(db, { scope })).map(({ account: a }) => [a.id, a.name]),
    );
    return (await this.repo.listFindings(db, rule))
      .filter((f) => f.unitIds.some((id) => units.has(id)))
      .map((f) => ({
        ...f,
        unitNames: f.unitIds.map((id) => units.get(id) ?? ''),
        accountNames: f.accountIds.map((id) => accounts.get(id) ?? ''),
      }));
  }
}
