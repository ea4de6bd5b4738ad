// Creates a user, or changes an existing user's roles, with role + unit grants (SEC-1).
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { createUser, setGrants } from '../../api/auth.ts';
import type { ApiError } from '../../api/problem.ts';
import type { Grant, Unit, User } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { GrantsField } from './GrantsField.tsx';

interface Props {
  units: readonly Unit[];
  /** The user whose roles are edited; undefined creates a new user. */
  user: User | undefined;
  open: boolean;
  onClose(): void;
  onSaved(): void;
}

interface Values {
  username: string;
  displayName: string;
  password: string;
  grants: { role: Grant['role']; unitId?: string | null }[];
}

export function UserForm({ units, user, open, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(undefined);
    const grants = values.grants.map((g) => ({ role: g.role, unitId: g.unitId ?? null }));
    try {
      if (user) await setGrants(user.id, grants);
      else
        await createUser({
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          password: values.password,
          grants,
        });
      message.success(user ? '角色已更新' : '用户已创建');
      onSaved();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={user ? `设置角色：${user.displayName}` : '新建用户'}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={busy}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ grants: user?.grants ?? [{ role: 'editor', unitId: null }] }}
      >
        {!user && (
          <>
            <Form.Item
              name="username"
              label="用户名"
              rules={[
                {
                  required: true,
                  pattern: /^[a-zA-Z0-9_.-]{3,32}$/,
                  message: '3–32 位字母、数字、下划线、点或连字符',
                },
              ]}
            >
              <Input autoComplete="off" data-testid="user-username" />
            </Form.Item>
            <Form.Item
              name="displayName"
              label="姓名"
              rules={[{ required: true, message: '请输入姓名' }]}
            >
              <Input maxLength={64} data-testid="user-display-name" />
            </Form.Item>
            <Form.Item
              name="password"
              label="初始密码"
              extra="至少 12 位，包含大小写字母、数字和符号中的三类"
              rules={[{ required: true, message: '请输入初始密码' }]}
            >
              <Input.Password autoComplete="new-password" data-testid="user-password" />
            </Form.Item>
          </>
        )}
        <Form.Item label="角色与管辖单位" required>
          <GrantsField units={units} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
