// Which filings the console offers for an account in each status, and how a change reads in Chinese.
import type { AccountStatus, FilingKind } from '@govmedia/contracts';

/** Mirrors the server's filing state machine so the form offers only what will be accepted. */
export const FILINGS_BY_STATUS: Record<AccountStatus, readonly FilingKind[]> = {
  pending: ['opening'],
  active: ['change', 'suspension', 'cancellation'],
  suspended: ['change', 'cancellation'],
  cancelled: [],
};

/** Mirrors the server: only a pending account is edited directly; a filed one needs a change filing. */
export const canEditDirectly = (status: AccountStatus) => status === 'pending';

const FIELD_LABELS: Record<string, string> = {
  name: '账号名称',
  handle: '账号ID',
  url: '主页链接',
  certification: '认证信息',
  operatorKind: '运维方式',
  operatorName: '服务商',
  operatorContractEnd: '运维合同到期日',
  licence: '资质许可',
  services: '服务类型',
  duplicateReason: '同平台多账号理由',
  unitId: '主办单位',
  resume: '恢复运营',
};

const OPERATOR_KINDS: Record<string, string> = {
  in_house: '自行运维',
  contracted: '委托服务商运维',
};

/** One "字段：新值" line per changed field; unit ids are shown by name when known. */
export function describeChanges(
  changes: Record<string, unknown>,
  unitName: (id: string) => string | undefined,
): string[] {
  return Object.entries(changes).map(([key, value]) => {
    const label = FIELD_LABELS[key] ?? key;
    let shown: string;
    if (key === 'unitId' && typeof value === 'string') shown = unitName(value) ?? value;
    else if (key === 'operatorKind' && typeof value === 'string')
      shown = OPERATOR_KINDS[value] ?? value;
    else if (typeof value === 'boolean') shown = value ? '是' : '否';
    else if (Array.isArray(value)) shown = value.join('、');
    else shown = value === null || value === '' ? '（清空）' : String(value);
    return `${label}：${shown}`;
  });
}
