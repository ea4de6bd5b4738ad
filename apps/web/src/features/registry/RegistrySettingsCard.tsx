// The runtime settings of the registry rules; only a system admin may change them.
import { App, Button, Card, Form, InputNumber, Select } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/problem.ts';
import { getSettings, putSettings } from '../../api/registry.ts';
import type { RegistrySettings } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { platformOptions } from '../../shared/labels.ts';
import { useApi } from '../../shared/use-api.ts';

export function RegistrySettingsCard({
  editable,
  onSaved,
}: {
  editable: boolean;
  onSaved(): void;
}) {
  const { message } = App.useApp();
  const settings = useApi(getSettings, []);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const save = async (values: RegistrySettings) => {
    setBusy(true);
    setError(undefined);
    try {
      await putSettings(values);
      message.success('设置已保存，规则问题已重新计算');
      onSaved();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="规则设置" loading={settings.loading && !settings.data}>
      <ErrorAlert error={settings.error ?? error} />
      {settings.data && (
        <Form<RegistrySettings>
          layout="inline"
          initialValues={settings.data}
          onFinish={save}
          disabled={!editable}
        >
          <Form.Item
            name="filingDeadlineWorkingDays"
            label="变更备案时限（工作日）"
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={30} />
          </Form.Item>
          <Form.Item name="majorPlatforms" label="主要平台" style={{ minWidth: 360 }}>
            <Select mode="multiple" options={platformOptions} />
          </Form.Item>
          {editable && (
            <Button type="primary" htmlType="submit" loading={busy}>
              保存
            </Button>
          )}
        </Form>
      )}
    </Card>
  );
}
