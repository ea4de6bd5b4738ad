// Edits a user's grants: each is a role scoped to a unit subtree, or to every unit.
import { Button, Form, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Unit } from '../../api/types.ts';
import { roleOptions } from '../../shared/labels.ts';
import { UnitPicker } from '../../shared/UnitPicker.tsx';

export function GrantsField({ units }: { units: readonly Unit[] }) {
  return (
    <Form.List
      name="grants"
      rules={[
        {
          validator: async (_, grants?: unknown[]) => {
            if (!grants?.length) throw new Error('至少授予一个角色');
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item
                name={[field.name, 'role']}
                rules={[{ required: true, message: '请选择角色' }]}
              >
                <Select
                  options={roleOptions}
                  placeholder="角色"
                  style={{ width: 160 }}
                  data-testid="grant-role"
                />
              </Form.Item>
              <Form.Item name={[field.name, 'unitId']} extra="留空表示全部单位">
                <UnitPicker units={units} allowClear placeholder="全部单位" testId="grant-unit" />
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(field.name)} aria-label="删除" />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unitId: null })}>
            添加角色
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
