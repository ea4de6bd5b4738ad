// Rule `certification-host`: the public certification text names the host unit.
import { nameKey } from '../account-identity.ts';
import { liveAccounts, unitIndex, type FindingDraft, type RegistrySnapshot } from './snapshot.ts';

export function certificationHost(s: RegistrySnapshot): FindingDraft[] {
  const units = unitIndex(s);
  const out: FindingDraft[] = [];
  for (const a of liveAccounts(s)) {
    if (a.platform === 'app') continue;
    const unit = units.get(a.unitId);
    if (!unit) continue;
    const text = nameKey(a.certification ?? '');
    const names = [unit.name, unit.shortName].filter((n): n is string => Boolean(n?.trim()));
    if (text && names.some((n) => text.includes(nameKey(n)))) continue;
    out.push({
      rule: 'certification-host',
      key: `certification-host:${a.id}`,
      severity: 'medium',
      message: text
        ? `账号「${a.name}」的认证信息「${a.certification}」未标明主办单位「${unit.name}」`
        : `账号「${a.name}」没有填写公开认证信息，认证信息中应标明主办单位「${unit.name}」`,
      unitIds: [unit.id],
      accountIds: [a.id],
      detail: { certification: a.certification, hostUnit: unit.name },
    });
  }
  return out;
}
