// Registers a unit under a supervising unit (REG-1).
import { App, Form, Input, Modal, Select } from 'antd';
import type { UnitInput } from '@govmedia/contracts';
import { useState } from 'react';
import type { ApiError } from '../../api/problem.ts';
import { createUnit } from '../../api/registry.ts';
import type { Unit } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { kindOptions, levelOptions } from '../../shared/labels.ts';
import { UnitPicker } from '../../shared/UnitPicker.tsx';
import { toPayload } from './form-values.ts';

interface Props {
  units: readonly Unit[];
  parentId: string | undefined;
  open: boolean;
  onClose(): void;
  onCreated(unit: Unit): void;
}

export function UnitForm({ units, parentId, open, onClose, onCreated }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      const unit = await createUnit({ parentId: null, ...toPayload(values) } as UnitInput);
      message.success(`已登记单位「${unit.name}」`);
      onCreated(unit);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="登记单位"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={busy}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ parentId, kind: 'organ' }}
      >
        <Form.Item
          name="name"
          label="单位全称"
          rules={[{ required: true, min: 2, message: '请输入单位全称' }]}
        >
          <Input maxLength={100} data-testid="unit-name" />
        </Form.Item>
        <Form.Item name="shortName" label="简称">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="parentId" label="主管单位" extra="顶级单位留空">
          <UnitPicker units={units} allowClear placeholder="无（顶级单位）" />
        </Form.Item>
        <Form.Item
          name="level"
          label="行政层级"
          rules={[{ required: true, message: '请选择层级' }]}
        >
          <Select options={levelOptions} data-testid="unit-level" />
        </Form.Item>
        <Form.Item name="kind" label="单位类型" rules={[{ required: true }]}>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item name="duties" label="主要职责" extra="用于检查账号名称是否与单位职责相关">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
