// The unit tree (REG-1): pick a unit to see and edit it, or register a new one under it.
import { Button, Card, Col, Empty, Row, Tree } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { listUnits } from '../../api/registry.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { buildUnitTree } from '../../shared/unit-tree.ts';
import { useApi } from '../../shared/use-api.ts';
import { UnitDetail } from './UnitDetail.tsx';
import { UnitForm } from './UnitForm.tsx';

export default function UnitsPage() {
  const units = useApi(listUnits, []);
  const [selected, setSelected] = useState<string>();
  const [creating, setCreating] = useState(false);
  const tree = useMemo(() => buildUnitTree(units.data ?? []), [units.data]);
  const unit = units.data?.find((u) => u.id === selected);

  return (
    <Row gutter={16}>
      <Col xs={24} md={10}>
        <Card
          title="单位树"
          loading={units.loading && !units.data}
          extra={
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="unit-new"
            >
              登记单位
            </Button>
          }
        >
          <ErrorAlert error={units.error} />
          {tree.length ? (
            <Tree
              treeData={tree}
              defaultExpandAll
              selectedKeys={selected ? [selected] : []}
              onSelect={(keys) => setSelected(keys[0] as string | undefined)}
              data-testid="unit-tree"
            />
          ) : (
            <Empty description="尚未登记单位" />
          )}
        </Card>
      </Col>
      <Col xs={24} md={14}>
        <Card title="单位信息">
          {unit && units.data ? (
            <UnitDetail unit={unit} units={units.data} onSaved={units.reload} />
          ) : (
            <Empty description="请在左侧选择单位" />
          )}
        </Card>
      </Col>
      <UnitForm
        units={units.data ?? []}
        parentId={selected}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setSelected(created.id);
          units.reload();
        }}
      />
    </Row>
  );
}
