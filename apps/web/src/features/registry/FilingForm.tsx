// The filing form: opening, change (including a change of host unit), suspension or cancellation.
import { Alert, App, Checkbox, DatePicker, Divider, Form, Input, Modal, Radio } from 'antd';
import { FILING_KIND_LABELS, type FilingKind } from '@govmedia/contracts';
import { useState } from 'react';
import type { ApiError } from '../../api/problem.ts';
import { submitFiling, type FilingRequest } from '../../api/registry.ts';
import type { Account, Unit } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { UnitPicker } from '../../shared/UnitPicker.tsx';
import { AccountFields } from './AccountForm.tsx';
import { FILINGS_BY_STATUS } from './filing-rules.ts';
import { toPayload } from './form-values.ts';

interface Props {
  account: Account;
  units: readonly Unit[];
  open: boolean;
  onClose(): void;
  onFiled(): void;
}

interface Values {
  kind: FilingKind;
  reason?: string;
  effectiveDate?: unknown;
  changes?: Record<string, unknown>;
}

export function FilingForm({ account, units, open, onClose, onFiled }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const newUnit = Form.useWatch(['changes', 'unitId'], form) as string | undefined;
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const kinds = FILINGS_BY_STATUS[account.status];

  const submit = async (values: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      const { changes, ...rest } = values;
      const changed = values.kind === 'change' ? toPayload(changes ?? {}) : {};
      if (changed.resume === false) delete changed.resume;
      await submitFiling(account.id, {
        ...(toPayload(rest) as Omit<FilingRequest, 'changes'>),
        changes: changed,
      });
      message.success(`${FILING_KIND_LABELS[values.kind]}已提交，等待主管单位审核`);
      form.resetFields();
      onFiled();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="提交备案"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="提交"
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'filing-submit' }}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: kinds[0] }}
        preserve={false}
      >
        <Form.Item name="kind" label="备案类型" rules={[{ required: true }]}>
          <Radio.Group
            options={kinds.map((k) => ({ value: k, label: FILING_KIND_LABELS[k] }))}
            data-testid="filing-kind"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label="理由"
          rules={[
            {
              required: kind === 'suspension' || kind === 'cancellation',
              message: '关停或注销备案须说明理由',
            },
          ]}
        >
          <Input.TextArea rows={2} maxLength={1000} data-testid="filing-reason" />
        </Form.Item>
        <Form.Item name="effectiveDate" label="生效日期">
          <DatePicker />
        </Form.Item>
        {kind === 'change' && (
          <>
            <Divider titlePlacement="start">变更内容（只填写需要变更的项目）</Divider>
            <Form.Item name={['changes', 'unitId']} label="变更主办单位">
              <UnitPicker
                units={units.filter((u) => u.id !== account.unitId)}
                allowClear
                placeholder="不变更"
              />
            </Form.Item>
            {newUnit && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title="主办单位变更经审核通过后，将自动向社会发布变更公告。"
              />
            )}
            <AccountFields required={false} prefix="changes" />
            {account.status === 'suspended' && (
              <Form.Item name={['changes', 'resume']} valuePropName="checked">
                <Checkbox>恢复运营（审核通过后账号恢复为已备案）</Checkbox>
              </Form.Item>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}
