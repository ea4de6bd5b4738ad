// The supervisor's approval queue: filings of subordinate units waiting for a decision (REG-3).
import { App, Button, Card, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { FILING_KIND_LABELS } from '@govmedia/contracts';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/problem.ts';
import { approvalQueue, decideFiling, listUnits } from '../../api/registry.ts';
import type { QueueItem } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { formatDay, formatTime } from '../../shared/format.ts';
import { platformName } from '../../shared/labels.ts';
import { useApi } from '../../shared/use-api.ts';
import { describeChanges } from './filing-rules.ts';

type Decision = 'approve' | 'reject';

export default function QueuePage() {
  const { message } = App.useApp();
  const queue = useApi(approvalQueue, []);
  const units = useApi(listUnits, []);
  const [deciding, setDeciding] = useState<{ item: QueueItem; decision: Decision }>();
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const unitName = (id: string) => units.data?.find((u) => u.id === id)?.name;

  const open = (item: QueueItem, decision: Decision) => {
    setDeciding({ item, decision });
    setNote('');
    setError(undefined);
  };

  const confirm = async () => {
    if (!deciding) return;
    setBusy(true);
    try {
      await decideFiling(deciding.item.filing.id, deciding.decision, note.trim() || undefined);
      message.success(deciding.decision === 'approve' ? '已通过' : '已退回');
      setDeciding(undefined);
      queue.reload();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="待审核备案">
      <ErrorAlert error={queue.error} />
      <Table<QueueItem>
        rowKey={(r) => r.filing.id}
        loading={queue.loading}
        dataSource={queue.data ?? []}
        locale={{ emptyText: '没有待审核的备案' }}
        columns={[
          { title: '提交时间', render: (_, r) => formatTime(r.filing.submittedAt) },
          {
            title: '备案类型',
            render: (_, r) => <Tag color="blue">{FILING_KIND_LABELS[r.filing.kind]}</Tag>,
          },
          {
            title: '账号',
            render: (_, r) => <Link to={`/accounts/${r.account.id}`}>{r.account.name}</Link>,
          },
          { title: '平台', render: (_, r) => platformName(r.account.platform) },
          { title: '主办单位', render: (_, r) => r.unit.name },
          {
            title: '内容',
            render: (_, r) => (
              <Typography.Text>
                {[
                  r.filing.reason && `理由：${r.filing.reason}`,
                  r.filing.effectiveDate && `生效：${formatDay(r.filing.effectiveDate)}`,
                  ...describeChanges(r.filing.changes, unitName),
                ]
                  .filter(Boolean)
                  .join('；') || '—'}
              </Typography.Text>
            ),
          },
          {
            title: '操作',
            render: (_, r) => (
              <Space>
                <Button
                  type="primary"
                  size="small"
                  onClick={() => open(r, 'approve')}
                  data-testid={`queue-approve-${r.account.name}`}
                >
                  通过
                </Button>
                <Button
                  danger
                  size="small"
                  onClick={() => open(r, 'reject')}
                  data-testid={`queue-reject-${r.account.name}`}
                >
                  退回
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        title={
          deciding
            ? `${deciding.decision === 'approve' ? '通过' : '退回'}：${deciding.item.account.name}（${FILING_KIND_LABELS[deciding.item.filing.kind]}）`
            : ''
        }
        open={Boolean(deciding)}
        onCancel={() => setDeciding(undefined)}
        onOk={confirm}
        okText="确认"
        okButtonProps={{
          danger: deciding?.decision === 'reject',
          disabled: deciding?.decision === 'reject' && !note.trim(),
          'data-testid': 'decision-confirm',
        }}
        confirmLoading={busy}
      >
        <ErrorAlert error={error} />
        <Input.TextArea
          rows={3}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={deciding?.decision === 'reject' ? '请填写退回理由' : '审核意见（选填）'}
          data-testid="decision-note"
        />
      </Modal>
    </Card>
  );
}
