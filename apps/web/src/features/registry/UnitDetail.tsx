// One unit's facts, with its short name and duties editable, and a link to its accounts.
import { App, Button, Descriptions, Form, Input } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/problem.ts';
import { updateUnit } from '../../api/registry.ts';
import type { Unit } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { kindName, levelName } from '../../shared/labels.ts';
import { unitTrail } from '../../shared/unit-tree.ts';

export function UnitDetail({
  unit,
  units,
  onSaved,
}: {
  unit: Unit;
  units: readonly Unit[];
  onSaved(): void;
}) {
  const { message } = App.useApp();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const save = async (values: { shortName?: string; duties?: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await updateUnit(unit.id, {
        shortName: values.shortName?.trim() || null,
        duties: values.duties?.trim() || null,
      });
      message.success('已保存');
      onSaved();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Descriptions
        column={1}
        items={[
          { label: '单位全称', children: unit.name },
          { label: '隶属关系', children: unitTrail(units, unit.id).join(' / ') },
          { label: '行政层级', children: levelName(unit.level) },
          { label: '单位类型', children: kindName(unit.kind) },
          {
            label: '账号',
            children: <Link to={`/accounts?unitId=${unit.id}`}>查看本单位账号</Link>,
          },
        ]}
      />
      <ErrorAlert error={error} />
      <Form
        key={unit.id}
        layout="vertical"
        onFinish={save}
        initialValues={{ shortName: unit.shortName ?? '', duties: unit.duties ?? '' }}
      >
        <Form.Item name="shortName" label="简称">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="duties" label="主要职责">
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Button htmlType="submit" loading={busy}>
          保存
        </Button>
      </Form>
    </>
  );
}
