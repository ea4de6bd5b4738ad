// The account list with filters by platform, status, unit, finding rule and free text.
import { Button, Card, Input, Select, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { AccountStatus, Platform } from '@govmedia/contracts';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { listAccounts, listUnits, type AccountQuery } from '../../api/registry.ts';
import type { AccountWithUnit } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { platformName, platformOptions, ruleOptions, statusOptions } from '../../shared/labels.ts';
import { StatusTag } from '../../shared/StatusTag.tsx';
import { UnitPicker } from '../../shared/UnitPicker.tsx';
import { useApi } from '../../shared/use-api.ts';

export default function AccountsPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [query, setQuery] = useState<AccountQuery>({ unitId: params.get('unitId') ?? undefined });
  const set = (patch: AccountQuery) => setQuery((q) => ({ ...q, ...patch }));
  const units = useApi(listUnits, []);
  const accounts = useApi(() => listAccounts(query), [query]);

  return (
    <Card
      title="政务新媒体账号"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => navigate('/accounts/new')}
          data-testid="account-new"
        >
          新建账号
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<Platform>
          allowClear
          placeholder="平台"
          options={platformOptions}
          style={{ width: 140 }}
          onChange={(platform) => set({ platform })}
        />
        <Select<AccountStatus>
          allowClear
          placeholder="状态"
          options={statusOptions}
          style={{ width: 120 }}
          onChange={(status) => set({ status })}
        />
        <UnitPicker
          units={units.data ?? []}
          value={query.unitId ?? null}
          allowClear
          placeholder="主办单位"
          onChange={(unitId) => set({ unitId })}
        />
        <Select<string>
          allowClear
          placeholder="规则问题"
          options={ruleOptions}
          style={{ width: 200 }}
          onChange={(rule) => set({ rule })}
        />
        <Input.Search
          allowClear
          placeholder="名称、账号ID或单位"
          style={{ width: 240 }}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          data-testid="account-search"
        />
      </Space>
      <ErrorAlert error={accounts.error} />
      <Table<AccountWithUnit>
        rowKey={(r) => r.account.id}
        loading={accounts.loading}
        dataSource={accounts.data ?? []}
        pagination={{ pageSize: 20, showTotal: (total) => `共 ${total} 个账号` }}
        columns={[
          {
            title: '账号名称',
            render: (_, r) => (
              <Link to={`/accounts/${r.account.id}`} data-testid="account-link">
                {r.account.name}
              </Link>
            ),
          },
          { title: '平台', render: (_, r) => platformName(r.account.platform) },
          { title: '账号ID', render: (_, r) => r.account.handle ?? '—' },
          { title: '主办单位', render: (_, r) => r.unit.name },
          {
            title: '运维',
            render: (_, r) =>
              r.account.operatorKind === 'contracted'
                ? (r.account.operatorName ?? '委托运维')
                : '自行运维',
          },
          { title: '状态', render: (_, r) => <StatusTag status={r.account.status} /> },
        ]}
      />
    </Card>
  );
}
