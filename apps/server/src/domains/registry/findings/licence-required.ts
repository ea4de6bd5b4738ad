// Rule `licence-required`: news or audio-visual services need the corresponding licence.
import { liveAccounts, type FindingDraft, type RegistrySnapshot } from './snapshot.ts';

const SERVICE_LABEL = { news: '互联网新闻信息服务', audiovisual: '网络视听节目服务' } as const;

export function licenceRequired(s: RegistrySnapshot): FindingDraft[] {
  return liveAccounts(s)
    .filter((a) => a.services.length > 0 && !a.licence?.trim())
    .map((a) => ({
      rule: 'licence-required',
      key: `licence-required:${a.id}`,
      severity: 'high' as const,
      message: `账号「${a.name}」从事${a.services.map((x) => SERVICE_LABEL[x]).join('、')}，但未登记相应资质许可`,
      unitIds: [a.unitId],
      accountIds: [a.id],
      detail: { services: a.services },
    }));
}
