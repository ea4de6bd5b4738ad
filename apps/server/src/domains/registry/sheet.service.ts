// Import of existing accounts from CSV/XLSX (all or nothing, every row error listed) and export (REG-2).
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import {
  KINDS,
  LEVELS,
  PLATFORMS,
  SERVICES,
  type Kind,
  type Level,
  type Platform,
  type Service,
} from '@govmedia/contracts';
import type { Database } from '../../db/database.ts';
import { can, scopeOf } from '../../kernel/access.ts';
import type { Actor } from '../../kernel/actor.ts';
import { AppError } from '../../kernel/errors.ts';
import type { RegistryWrite } from './registry-write.ts';
import type { RegistryRepository } from './registry.repository.ts';
import { accountIdentityKeys, planImport, type RowError } from './sheet/import-plan.ts';
import { readSheet, type SheetFormat } from './sheet/read-sheet.ts';
import { COLUMNS } from './sheet/template.ts';

export interface ImportSummary {
  unitsCreated: number;
  accountsCreated: number;
}

export class SheetService {
  constructor(
    private readonly database: Database,
    private readonly repo: RegistryRepository,
    private readonly write: RegistryWrite,
  ) {}

  async importSheet(actor: Actor, data: Buffer, format: SheetFormat): Promise<ImportSummary> {
    if (scopeOf(actor, 'registry.import').length === 0) {
      throw new AppError('forbidden', 'missing_permission', '您没有导入登记数据的权限');
    }
    const sheet = await readSheet(data, format);
    const db = this.database.db;
    const { unitRows, accountRows } = await this.repo.snapshot(db);
    const unitNames = new Map(unitRows.map((u) => [u.id, u.name]));
    const view = {
      units: new Map(unitRows.map((u) => [u.name, { level: u.level, kind: u.kind, path: u.path }])),
      accountKeys: new Set(
        accountRows
          .filter((a) => a.status !== 'cancelled')
          .flatMap((a) => accountIdentityKeys({ ...a, unitName: unitNames.get(a.unitId) ?? '' })),
      ),
      mayWrite: (path: string) => can(actor, 'registry.import', path),
    };
    const { plan, errors } = planImport(sheet, view);
    if (errors.length) throw importRejected(errors);

    return this.write(actor, async (tx) => {
      const ids = new Map(unitRows.map((u) => [u.name, { id: u.id, path: u.path }]));
      for (const unit of plan.units) {
        const parent = unit.parentName ? ids.get(unit.parentName) : undefined;
        const row = await this.repo.insertUnit(
          tx,
          { name: unit.name, level: unit.level, kind: unit.kind, parentId: parent?.id ?? null },
          parent?.path ?? '/',
        );
        ids.set(unit.name, { id: row.id, path: row.path });
      }
      for (const a of plan.accounts) {
        const { row: _row, unitName, ...fields } = a;
        const account = await this.repo.insertAccount(tx, {
          ...fields,
          unitId: ids.get(unitName)!.id,
          status: 'active',
        });
        await this.repo.insertFiling(tx, {
          accountId: account.id,
          kind: 'opening',
          status: 'approved',
          source: 'import',
          submittedBy: actor.userId,
          decidedBy: actor.userId,
          decidedAt: new Date(),
          decisionNote: '存量账号导入',
        });
      }
      const summary = { unitsCreated: plan.units.length, accountsCreated: plan.accounts.length };
      return {
        result: summary,
        audit: {
          action: 'registry.import',
          entity: 'registry',
          detail: { ...summary, rows: sheet.rows.length },
        },
      };
    });
  }

  /** Every visible account (and unit without one) in the import template's layout. */
  async exportSheet(actor: Actor, format: SheetFormat): Promise<Buffer> {
    const scope = scopeOf(actor, 'registry.read');
    if (scope.length === 0)
      throw new AppError('forbidden', 'missing_permission', '您没有查看登记库的权限');
    const db = this.database.db;
    const units = await this.repo.listUnits(db, scope);
    const byId = new Map(units.map((u) => [u.id, u]));
    const accounts = await this.repo.listAccounts(db, { scope });
    const withAccounts = new Set(accounts.map((a) => a.unit.id));
    const unitCells = (u: (typeof units)[number]) => [
      u.name,
      LEVELS[u.level as Level][0],
      KINDS[u.kind as Kind][0],
      u.parentId ? (byId.get(u.parentId)?.name ?? '') : '',
    ];
    const rows: string[][] = [];
    for (const u of units)
      if (!withAccounts.has(u.id))
        rows.push([...unitCells(u), ...Array(COLUMNS.length - 4).fill('')]);
    for (const { account: a, unit } of accounts) {
      if (a.status === 'cancelled') continue;
      rows.push([
        ...unitCells(unit),
        PLATFORMS[a.platform as Platform][0],
        a.name,
        a.handle ?? '',
        a.url ?? '',
        a.certification ?? '',
        a.operatorKind === 'contracted' ? (a.operatorName ?? '') : '自行运维',
        a.operatorContractEnd ?? '',
        a.licence ?? '',
        a.services.map((s) => SERVICES[s as Service][1]).join('、'),
        a.openedOn ?? '',
      ]);
    }
    const header = COLUMNS.map((c) => c.header);
    return format === 'csv'
      ? Buffer.from(`\uFEFF${stringify([header, ...rows])}`, 'utf8')
      : toXlsx(header, rows);
  }
}

function importRejected(errors: RowError[]): AppError {
  const shown = errors
    .slice(0, 3)
    .map((e) => `第 ${e.row} 行：${e.message}`)
    .join('；');
  return new AppError(
    'unprocessable',
    'import_rejected',
    `导入未执行：共 ${errors.length} 处错误。${shown}${errors.length > 3 ? ' …' : ''}`,
    { details: errors },
  );
}

async function toXlsx(header: string[], rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('政务新媒体登记');
  sheet.addRow(header).font = { bold: true };
  rows.forEach((r) => sheet.addRow(r));
  sheet.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
