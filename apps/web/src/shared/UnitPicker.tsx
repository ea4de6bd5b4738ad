// A tree select of the units the user may see, for forms and filters.
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { Unit } from '../api/types.ts';
import { buildUnitTree } from './unit-tree.ts';

interface Props {
  units: readonly Unit[];
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  testId?: string;
}

export function UnitPicker({
  units,
  value,
  onChange,
  placeholder = '选择单位',
  allowClear,
  testId,
}: Props) {
  const tree = useMemo(() => buildUnitTree(units), [units]);
  return (
    <TreeSelect
      treeData={tree}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      placeholder={placeholder}
      allowClear={allowClear ?? false}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      style={{ minWidth: 220 }}
      data-testid={testId}
    />
  );
}
