// Edits a pending account's fields in place; the server's field errors are shown on the fields.
import { App, Form, Modal } from 'antd';
import { useState } from 'react';
import { fieldErrorsOf, type ApiError } from '../../api/problem.ts';
import { updateAccount } from '../../api/registry.ts';
import type { Account } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { AccountFields, PendingFields } from './AccountForm.tsx';
import { editableValues, toPatch } from './form-values.ts';

interface Props {
  account: Account;
  open: boolean;
  onClose(): void;
  onSaved(): void;
}

export function AccountEditForm({ account, open, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await updateAccount(account.id, toPatch(values));
      message.success('账号信息已保存');
      onSaved();
    } catch (e) {
      setError(e as ApiError);
      form.setFields(fieldErrorsOf(e as ApiError));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={`编辑账号：${account.name}`}
      open={open}
      onCancel={() => {
        setError(undefined);
        onClose();
      }}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'account-edit-submit' }}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={editableValues(account)}
      >
        <AccountFields required />
        <PendingFields />
      </Form>
    </Modal>
  );
}
