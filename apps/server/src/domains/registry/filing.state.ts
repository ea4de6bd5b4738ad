// The filing state machine (REG-3), pure: which filings an account may receive and what approval does.
import {
  ACCOUNT_STATUS_LABELS,
  type AccountStatus,
  type FilingKind,
  type FilingStatus,
} from '@govmedia/contracts';

export type { FilingKind, FilingStatus };

export type Verdict = { ok: true } | { ok: false; reason: string; message: string };

const ALLOWED: Record<AccountStatus, readonly FilingKind[]> = {
  pending: ['opening'],
  active: ['change', 'suspension', 'cancellation'],
  suspended: ['change', 'cancellation'],
  cancelled: [],
};

export function canSubmit(
  status: AccountStatus,
  kind: FilingKind,
  hasOpenFiling: boolean,
): Verdict {
  if (hasOpenFiling) {
    return {
      ok: false,
      reason: 'filing_in_progress',
      message: '该账号已有待审核的备案，请等待审核结果',
    };
  }
  if (status === 'cancelled')
    return { ok: false, reason: 'account_cancelled', message: '该账号已注销，不能再提交备案' };
  if (!ALLOWED[status].includes(kind)) {
    return {
      ok: false,
      reason: `${kind}_not_allowed_when_${status}`,
      message: `账号当前状态为「${ACCOUNT_STATUS_LABELS[status]}」，不能提交该类备案`,
    };
  }
  return { ok: true };
}

export function canDecide(status: FilingStatus): Verdict {
  return status === 'submitted'
    ? { ok: true }
    : { ok: false, reason: 'filing_not_pending', message: '该备案已审核，不能重复审核' };
}

/** The account's status once a filing of this kind is approved. */
export function statusAfterApproval(
  kind: FilingKind,
  current: AccountStatus,
  resume: boolean,
): AccountStatus {
  switch (kind) {
    case 'opening':
      return 'active';
    case 'suspension':
      return 'suspended';
    case 'cancellation':
      return 'cancelled';
    case 'change':
      return resume ? 'active' : current;
  }
}

/** Registered fields change only through a change filing once the account is filed. */
export function canEditDirectly(status: AccountStatus): Verdict {
  return status === 'pending'
    ? { ok: true }
    : {
        ok: false,
        reason: 'change_requires_filing',
        message: '已备案账号的信息变更须提交变更备案',
      };
}
