// Validates an import sheet against the registry and turns it into a plan, or lists every row error.
import type { SheetRowError } from '@govmedia/contracts';
import { handleKey, nameKey, urlKey } from '../account-identity.ts';
import {
  KINDS,
  LEVELS,
  lookupKey,
  PLATFORMS,
  SERVICES,
  type Kind,
  type Level,
  type Platform,
  type Service,
} from '../registry.vocabulary.ts';
import type { Sheet } from './read-sheet.ts';
import { COLUMNS, IN_HOUSE } from './template.ts';

export type RowError = SheetRowError;

export interface PlannedUnit {
  name: string;
  level: Level;
  kind: Kind;
  parentName: string | null;
}

export interface PlannedAccount {
  row: number;
  unitName: string;
  platform: Platform;
  name: string;
  handle: string | null;
  url: string | null;
  urlKey: string | null;
  certification: string | null;
  operatorKind: 'in_house' | 'contracted';
  operatorName: string | null;
  operatorContractEnd: string | null;
  licence: string | null;
  services: Service[];
  openedOn: string | null;
}

export interface ImportPlan {
  /** New units, parents before children. */
  units: PlannedUnit[];
  accounts: PlannedAccount[];
}

export interface RegistryView {
  /** Existing units by exact name. */
  units: Map<string, { level: string; kind: string; path: string }>;
  /** Identity keys of existing live accounts: `platform|handle:…`, `url:…`, `platform|name:…|unit`. */
  accountKeys: Set<string>;
  /** May the importer write under this existing unit (by path)? */
  mayWrite: (unitPath: string) => boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const accountIdentityKeys = (a: {
  platform: string;
  handle: string | null;
  urlKey: string | null;
  name: string;
  unitName: string;
}) =>
  [
    a.handle ? `${a.platform}|handle:${handleKey(a.handle)}` : undefined,
    a.urlKey ? `url:${a.urlKey}` : undefined,
    `${a.platform}|name:${nameKey(a.name)}|${a.unitName}`,
  ].filter((k): k is string => Boolean(k));

export function planImport(
  sheet: Sheet,
  view: RegistryView,
): { plan: ImportPlan; errors: RowError[] } {
  const errors: RowError[] = [];
  for (const c of COLUMNS.filter((col) => col.required && !sheet.columns.includes(col.key))) {
    errors.push({
      row: 1,
      column: c.key,
      reason: 'missing_column',
      message: `缺少必填列「${c.header}」（${c.key}）`,
    });
  }
  if (errors.length) return { plan: { units: [], accounts: [] }, errors };

  const sheetUnits = new Map<string, PlannedUnit & { row: number }>();
  const accounts: PlannedAccount[] = [];
  const seen = new Map<string, number>();

  for (const { row, values: v } of sheet.rows) {
    const err = (column: string, reason: string, message: string) =>
      errors.push({ row, column, reason, message });
    const unitName = v.unit ?? '';
    if (!unitName) {
      err('unit', 'missing_value', '主办单位不能为空');
      continue;
    }
    const existing = view.units.get(unitName);
    const level = v.unit_level ? lookupKey(LEVELS, v.unit_level) : undefined;
    const kind = v.unit_kind ? lookupKey(KINDS, v.unit_kind) : undefined;
    if (v.unit_level && !level)
      err('unit_level', 'unknown_level', `未知的单位层级「${v.unit_level}」`);
    if (v.unit_kind && !kind) err('unit_kind', 'unknown_kind', `未知的单位类型「${v.unit_kind}」`);
    if (existing) {
      if (!view.mayWrite(existing.path))
        err('unit', 'outside_scope', `单位「${unitName}」不在您的管辖范围内`);
    } else {
      if (!v.unit_level) err('unit_level', 'missing_value', `新单位「${unitName}」须填写单位层级`);
      if (!v.unit_kind) err('unit_kind', 'missing_value', `新单位「${unitName}」须填写单位类型`);
      const prior = sheetUnits.get(unitName);
      if (level && kind) {
        const planned = { name: unitName, level, kind, parentName: v.parent_unit || null, row };
        if (
          prior &&
          (prior.level !== level || prior.kind !== kind || prior.parentName !== planned.parentName)
        ) {
          err(
            'unit',
            'conflicting_unit',
            `单位「${unitName}」的层级、类型或主管单位与第 ${prior.row} 行不一致`,
          );
        } else if (!prior) sheetUnits.set(unitName, planned);
      }
    }

    if (!v.platform && !v.account_name) continue;
    const platform = v.platform ? lookupKey(PLATFORMS, v.platform) : undefined;
    if (!v.platform) err('platform', 'missing_value', '填写了账号名称但未填写平台');
    else if (!platform) err('platform', 'unknown_platform', `未知的平台「${v.platform}」`);
    if (!v.account_name) err('account_name', 'missing_value', '填写了平台但未填写账号名称');
    for (const column of ['operator_contract_end', 'opened_on']) {
      if (v[column] && !DATE.test(v[column]!))
        err(column, 'invalid_date', `日期「${v[column]}」格式应为 YYYY-MM-DD`);
    }
    const services: Service[] = [];
    for (const part of (v.services ?? '').split(/[,，、\s]+/).filter(Boolean)) {
      const s = lookupKey(SERVICES, part);
      if (s) services.push(s);
      else err('services', 'unknown_service', `未知的服务类型「${part}」`);
    }
    const key = v.url ? urlKey(v.url) : undefined;
    if (v.url && !key) err('url', 'invalid_url', `账号链接「${v.url}」不是有效网址`);
    if (!platform || !v.account_name) continue;
    const operator = v.operator ?? '';
    const account: PlannedAccount = {
      row,
      unitName,
      platform,
      name: v.account_name,
      handle: v.handle || null,
      url: v.url || null,
      urlKey: key ?? null,
      certification: v.certification || null,
      operatorKind: IN_HOUSE.has(operator) ? 'in_house' : 'contracted',
      operatorName: IN_HOUSE.has(operator) ? null : operator,
      operatorContractEnd: v.operator_contract_end || null,
      licence: v.licence || null,
      services,
      openedOn: v.opened_on || null,
    };
    for (const identity of accountIdentityKeys(account)) {
      const earlier = seen.get(identity);
      if (earlier !== undefined) {
        err('account_name', 'duplicate_row', `与第 ${earlier} 行是同一账号（重复行）`);
        break;
      }
      if (view.accountKeys.has(identity)) {
        err('account_name', 'account_exists', `账号「${account.name}」已在登记库中`);
        break;
      }
    }
    accountIdentityKeys(account).forEach((k) => seen.set(k, row));
    accounts.push(account);
  }

  for (const unit of sheetUnits.values()) {
    if (!unit.parentName) continue;
    const parent = view.units.get(unit.parentName);
    if (parent && !view.mayWrite(parent.path)) {
      errors.push({
        row: unit.row,
        column: 'parent_unit',
        reason: 'outside_scope',
        message: `主管单位「${unit.parentName}」不在您的管辖范围内`,
      });
    }
    if (!parent && !sheetUnits.has(unit.parentName)) {
      errors.push({
        row: unit.row,
        column: 'parent_unit',
        reason: 'unknown_unit',
        message: `主管单位「${unit.parentName}」既未登记，也不在本表中`,
      });
    }
  }
  for (const unit of sheetUnits.values()) {
    if (!unit.parentName && !view.mayWrite('/')) {
      errors.push({
        row: unit.row,
        column: 'parent_unit',
        reason: 'outside_scope',
        message: `只有系统管理员可以新建顶级单位「${unit.name}」`,
      });
    }
  }
  const ordered = orderParentsFirst([...sheetUnits.values()], errors);
  errors.sort((a, b) => a.row - b.row);
  return { plan: { units: ordered, accounts }, errors };
}

function orderParentsFirst(
  units: (PlannedUnit & { row: number })[],
  errors: RowError[],
): PlannedUnit[] {
  const byName = new Map(units.map((u) => [u.name, u]));
  const out: PlannedUnit[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (u: PlannedUnit & { row: number }): void => {
    if (state.get(u.name) === 'done') return;
    if (state.get(u.name) === 'visiting') {
      errors.push({
        row: u.row,
        column: 'parent_unit',
        reason: 'unit_cycle',
        message: `单位「${u.name}」的主管关系形成循环`,
      });
      return;
    }
    state.set(u.name, 'visiting');
    const parent = u.parentName ? byName.get(u.parentName) : undefined;
    if (parent) visit(parent);
    state.set(u.name, 'done');
    out.push({ name: u.name, level: u.level, kind: u.kind, parentName: u.parentName });
  };
  units.forEach(visit);
  return out;
}
