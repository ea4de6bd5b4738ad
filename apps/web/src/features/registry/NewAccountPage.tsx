// Registers a new account as pending; its opening filing is then submitted from the account page.
import { App, Button, Card, Form, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ApiError } from '../../api/problem.ts';
import { createAccount, listUnits } from '../../api/registry.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { platformOptions } from '../../shared/labels.ts';
import { UnitPicker } from '../../shared/UnitPicker.tsx';
import { useApi } from '../../shared/use-api.ts';
import { AccountFields, PendingFields } from './AccountForm.tsx';
import { toPayload } from './form-values.ts';

export default function NewAccountPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const units = useApi(listUnits, []);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      const account = await createAccount(toPayload(values));
      message.success('账号已登记，请提交开设备案');
      navigate(`/accounts/${account.id}`);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="新建政务新媒体账号">
      <ErrorAlert error={units.error ?? error} />
      <Form layout="vertical" onFinish={submit} style={{ maxWidth: 640 }}>
        <Form.Item
          name="unitId"
          label="主办单位"
          extra="按“谁开设、谁主办”确定主办单位"
          rules={[{ required: true, message: '请选择主办单位' }]}
        >
          <UnitPicker units={units.data ?? []} testId="account-unit" />
        </Form.Item>
        <Form.Item name="platform" label="平台" rules={[{ required: true, message: '请选择平台' }]}>
          <Select options={platformOptions} data-testid="account-platform" />
        </Form.Item>
        <AccountFields required />
        <PendingFields />
        <Button type="primary" htmlType="submit" loading={busy} data-testid="account-create-submit">
          保存
        </Button>
      </Form>
    </Card>
  );
}
