// The append-only audit log (SEC-4): filter, page back in time, and verify the hash chain.
import { Alert, Button, Card, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { listAudit, verifyAudit } from '../../api/audit.ts';
import type { ApiError } from '../../api/problem.ts';
import type { AuditRow, AuditVerdict } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { formatTime } from '../../shared/format.ts';
import { useApi } from '../../shared/use-api.ts';
import { actionName, ENTITY_LABELS } from './audit-labels.ts';
import { describeVerdict } from './audit-verdict.ts';

const entityOptions = Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }));

const PAGE = 50;

export default function AuditPage() {
  const [filter, setFilter] = useState<{ entity?: string; actorName?: string; beforeSeq?: number }>(
    {},
  );
  const rows = useApi(() => listAudit({ ...filter, limit: PAGE }), [filter]);
  const [verdict, setVerdict] = useState<AuditVerdict>();
  const [verifyError, setVerifyError] = useState<ApiError>();
  const [verifying, setVerifying] = useState(false);
  const last = rows.data?.at(-1);

  const verify = async () => {
    setVerifying(true);
    setVerifyError(undefined);
    try {
      setVerdict(await verifyAudit());
    } catch (e) {
      setVerifyError(e as ApiError);
    } finally {
      setVerifying(false);
    }
  };

  return (
    <Card
      title="审计日志"
      extra={
        <Button
          icon={<SafetyOutlined />}
          loading={verifying}
          onClick={verify}
          data-testid="audit-verify"
        >
          校验哈希链
        </Button>
      }
    >
      <ErrorAlert error={verifyError ?? rows.error} />
      {verdict && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type={verdict.ok ? 'success' : 'error'}
          title={describeVerdict(verdict)}
          data-testid="audit-verdict"
        />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<string>
          allowClear
          placeholder="对象类型"
          options={entityOptions}
          style={{ width: 160 }}
          onChange={(entity) => setFilter((f) => ({ ...f, entity, beforeSeq: undefined }))}
        />
        <Input.Search
          allowClear
          placeholder="操作人"
          style={{ width: 200 }}
          onSearch={(v) =>
            setFilter((f) => ({ ...f, actorName: v.trim() || undefined, beforeSeq: undefined }))
          }
        />
        {filter.beforeSeq !== undefined && (
          <Button onClick={() => setFilter((f) => ({ ...f, beforeSeq: undefined }))}>
            回到最新
          </Button>
        )}
      </Space>
      <Table<AuditRow>
        rowKey="seq"
        size="small"
        loading={rows.loading}
        dataSource={rows.data ?? []}
        pagination={false}
        columns={[
          { title: '序号', dataIndex: 'seq', width: 80 },
          {
            title: '时间',
            dataIndex: 'at',
            width: 170,
            render: formatTime,
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          },
          { title: '操作人', dataIndex: 'actorName', width: 120 },
          {
            title: '操作',
            dataIndex: 'action',
            width: 200,
            render: (a: string) => <Tooltip title={a}>{actionName(a)}</Tooltip>,
          },
          {
            title: '对象',
            render: (_, r) =>
              `${ENTITY_LABELS[r.entity] ?? r.entity}${r.entityId ? ` · ${r.entityId.slice(0, 8)}` : ''}`,
            width: 180,
          },
          {
            title: '详情',
            render: (_, r) => (
              <Typography.Text
                type="secondary"
                ellipsis={{ tooltip: JSON.stringify(r.detail) }}
                style={{ maxWidth: 320 }}
              >
                {JSON.stringify(r.detail)}
              </Typography.Text>
            ),
          },
          {
            title: '哈希',
            dataIndex: 'hash',
            width: 120,
            render: (h: string) => (
              <Tooltip title={h}>
                <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                  {h.slice(0, 8)}
                </Typography.Text>
              </Tooltip>
            ),
          },
        ]}
      />
      {last && (rows.data?.length ?? 0) >= PAGE && (
        <Button
          style={{ marginTop: 16 }}
          onClick={() => setFilter((f) => ({ ...f, beforeSeq: last.seq }))}
        >
          更早的记录
        </Button>
      )}
    </Card>
  );
}
