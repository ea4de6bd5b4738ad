// Rule `one-account-per-platform`: a unit keeps one account per platform unless an exception was approved.
import { label, PLATFORMS } from '../registry.vocabulary.ts';
import { liveAccounts, unitIndex, type FindingDraft, type RegistrySnapshot } from './snapshot.ts';

export function oneAccountPerPlatform(s: RegistrySnapshot): FindingDraft[] {
  const units = unitIndex(s);
  const groups = new Map<string, typeof s.accounts>();
  for (const a of liveAccounts(s)) {
    if (a.platform === 'other') continue;
    const key = `${a.unitId}:${a.platform}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const out: FindingDraft[] = [];
  for (const [key, group] of groups) {
    const exempt = group.filter((a) => a.duplicateReason?.trim() && a.status === 'active');
    if (group.length - exempt.length <= 1) continue;
    const first = group[0]!;
    const unit = units.get(first.unitId);
    const names = group.map((a) => `「${a.name}」`).join('、');
    out.push({
      rule: 'one-account-per-platform',
      key: `one-account-per-platform:${key}`,
      severity: 'high',
      message: `${unit?.name ?? '该单位'}在${label(PLATFORMS, first.platform)}开设了 ${group.length} 个账号（${names}），原则上同一平台只开设一个账号；确需保留须说明理由并经审核`,
      unitIds: [first.unitId],
      accountIds: group.map((a) => a.id),
      detail: { platform: first.platform, names: group.map((a) => a.name) },
    });
  }
  return out;
}
