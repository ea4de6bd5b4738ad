// Rules `coverage` and `platform-gap`: governments at county level and above, and State Council
// departments, run at least one account, and are present where the public gathers.
import { label, PLATFORMS } from '../registry.vocabulary.ts';
import type { FindingDraft, RegistrySnapshot, UnitFacts } from './snapshot.ts';

const GOVERNMENT_LEVELS = new Set(['provincial', 'city', 'county']);

/** A county-or-higher people's government, or a national-level administrative organ (State Council department). */
export function mustHaveAccount(unit: UnitFacts): boolean {
  if (unit.kind !== 'organ') return false;
  if (unit.level === 'national') return true;
  return GOVERNMENT_LEVELS.has(unit.level) && unit.name.endsWith('人民政府');
}

export function coverage(s: RegistrySnapshot): FindingDraft[] {
  const active = s.accounts.filter((a) => a.status === 'active');
  const out: FindingDraft[] = [];
  for (const unit of s.units.filter(mustHaveAccount)) {
    const own = active.filter((a) => a.unitId === unit.id);
    if (own.length === 0) {
      out.push({
        rule: 'coverage',
        key: `coverage:${unit.id}`,
        severity: 'high',
        message: `${unit.name}应当开设政务新媒体，但没有任何已备案的在用账号`,
        unitIds: [unit.id],
        accountIds: [],
        detail: { level: unit.level },
      });
      continue;
    }
    const missing = s.settings.majorPlatforms.filter((p) => !own.some((a) => a.platform === p));
    if (missing.length === 0) continue;
    out.push({
      rule: 'platform-gap',
      key: `platform-gap:${unit.id}`,
      severity: 'low',
      message: `${unit.name}尚未在网民集聚的平台开设账号：${missing.map((p) => label(PLATFORMS, p)).join('、')}`,
      unitIds: [unit.id],
      accountIds: [],
      detail: { missing },
    });
  }
  return out;
}
