// Rule `filing-overdue`: an opening, change or closure not filed within the configured working days.
import { deadlineAfter, parseDay } from './working-days.ts';
import type { FindingDraft, RegistrySnapshot } from './snapshot.ts';

const KIND_LABEL = {
  opening: '开设',
  change: '变更',
  suspension: '关停',
  cancellation: '注销',
} as const;

export function filingOverdue(s: RegistrySnapshot): FindingDraft[] {
  const days = s.settings.filingDeadlineWorkingDays;
  const out: FindingDraft[] = [];
  const filed = new Set(s.filings.filter((f) => f.kind === 'opening').map((f) => f.accountId));
  for (const a of s.accounts) {
    if (a.status !== 'pending' || !a.openedOn || filed.has(a.id)) continue;
    const due = deadlineAfter(parseDay(a.openedOn), days);
    if (s.now <= due) continue;
    out.push({
      rule: 'filing-overdue',
      key: `filing-overdue:opening:${a.id}`,
      severity: 'medium',
      message: `账号「${a.name}」于 ${a.openedOn} 开设，超过 ${days} 个工作日仍未提交开设备案`,
      unitIds: [a.unitId],
      accountIds: [a.id],
      detail: { openedOn: a.openedOn, deadline: due.toISOString() },
    });
  }
  const names = new Map(s.accounts.map((a) => [a.id, a]));
  for (const f of s.filings) {
    if (!f.effectiveDate || f.source === 'import' || f.status === 'rejected') continue;
    const due = deadlineAfter(parseDay(f.effectiveDate), days);
    if (f.submittedAt <= due) continue;
    const account = names.get(f.accountId);
    if (!account) continue;
    out.push({
      rule: 'filing-overdue',
      key: `filing-overdue:${f.kind}:${f.accountId}:${f.effectiveDate}`,
      severity: 'low',
      message: `账号「${account.name}」${f.effectiveDate} 发生${KIND_LABEL[f.kind]}，${f.submittedAt.toISOString().slice(0, 10)} 才提交备案，超过 ${days} 个工作日时限`,
      unitIds: [account.unitId],
      accountIds: [account.id],
      detail: {
        kind: f.kind,
        effectiveDate: f.effectiveDate,
        submittedAt: f.submittedAt.toISOString(),
      },
    });
  }
  return out;
}
