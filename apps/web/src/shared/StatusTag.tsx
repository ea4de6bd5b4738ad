// The coloured tag of an account's filing status.
import { Tag } from 'antd';
import { ACCOUNT_STATUS_LABELS, type AccountStatus } from '@govmedia/contracts';
import { STATUS_COLORS } from './labels.ts';

export function StatusTag({ status }: { status: AccountStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="account-status">
      {ACCOUNT_STATUS_LABELS[status]}
    </Tag>
  );
}
