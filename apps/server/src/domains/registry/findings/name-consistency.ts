// Rule `name-consistency`: a unit's accounts carry the same name on every platform.
import { nameKey } from '../account-identity.ts';
import { label, PLATFORMS } from '../registry.vocabulary.ts';
import { liveAccounts, unitIndex, type FindingDraft, type RegistrySnapshot } from './snapshot.ts';

/** Apps and mini programs are named as products, not as accounts. */
const NAMED_PLATFORMS_ONLY = new Set(['app', 'miniprogram', 'other']);

export function nameConsistency(s: RegistrySnapshot): FindingDraft[] {
  const units = unitIndex(s);
  const byUnit = new Map<string, typeof s.accounts>();
  for (const a of liveAccounts(s)) {
    if (NAMED_PLATFORMS_ONLY.has(a.platform)) continue;
    byUnit.set(a.unitId, [...(byUnit.get(a.unitId) ?? []), a]);
  }
  const out: FindingDraft[] = [];
  for (const [unitId, group] of byUnit) {
    const distinct = new Set(group.map((a) => nameKey(a.name)));
    if (distinct.size <= 1) continue;
    const listing = group.map((a) => `${label(PLATFORMS, a.platform)}「${a.name}」`).join('、');
    out.push({
      rule: 'name-consistency',
      key: `name-consistency:${unitId}`,
      severity: 'medium',
      message: `${units.get(unitId)?.name ?? '该单位'}在不同平台的账号名称不一致：${listing}；原则上应保持一致`,
      unitIds: [unitId],
      accountIds: group.map((a) => a.id),
      detail: { names: group.map((a) => ({ platform: a.platform, name: a.name })) },
    });
  }
  return out;
}
