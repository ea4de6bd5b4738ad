// Users and their roles, each scoped to a unit subtree (SEC-1).
import { Button, Card, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '@govmedia/contracts';
import { useState } from 'react';
import { listUsers } from '../../api/auth.ts';
import type { ApiError } from '../../api/problem.ts';
import { listUnits } from '../../api/registry.ts';
import type { User } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { DisableToggle } from './DisableToggle.tsx';
import { UserForm } from './UserForm.tsx';

export default function UsersPage() {
  const users = useApi(listUsers, []);
  const units = useApi(listUnits, []);
  const me = useSession().user;
  const [editing, setEditing] = useState<{ user: User | undefined }>();
  const [error, setError] = useState<ApiError>();
  const unitName = (id: string | null) =>
    id ? (units.data?.find((u) => u.id === id)?.name ?? '（管辖范围外单位）') : '全部单位';

  return (
    <Card
      title="用户与角色"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ user: undefined })}
          data-testid="user-new"
        >
          新建用户
        </Button>
      }
    >
      <ErrorAlert error={users.error ?? error} />
      <Table<User>
        rowKey="id"
        loading={users.loading}
        dataSource={users.data ?? []}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          {
            title: '角色（管辖单位）',
            render: (_, u) => (
              <Space wrap>
                {u.grants.map((g) => (
                  <Tag key={`${g.role}-${g.unitId}`}>
                    {ROLE_LABELS[g.role]} · {unitName(g.unitId)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: '状态',
            render: (_, u) => (
              <Space>
                <Tag color={u.disabled ? 'default' : 'green'} data-testid="user-status">
                  {u.disabled ? '已停用' : '正常'}
                </Tag>
                {u.locked && <Tag color="red">已锁定</Tag>}
              </Space>
            ),
          },
          {
            title: '动态验证码',
            render: (_, u) => (u.totpEnabled ? '已绑定' : '未绑定'),
          },
          {
            title: '操作',
            render: (_, u) => (
              <Space>
                <Button size="small" onClick={() => setEditing({ user: u })}>
                  设置角色
                </Button>
                {u.id !== me?.id && (
                  <DisableToggle
                    user={u}
                    onError={setError}
                    onChanged={() => {
                      setError(undefined);
                      users.reload();
                    }}
                  />
                )}
              </Space>
            ),
          },
        ]}
      />
      <UserForm
        units={units.data ?? []}
        user={editing?.user}
        open={Boolean(editing)}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          users.reload();
        }}
      />
    </Card>
  );
}
