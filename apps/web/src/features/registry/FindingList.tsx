// A list of rule findings with severity tags, rule names and the units and accounts concerned.
import { Empty, Space, Tag, Typography } from 'antd';
import type { Finding } from '../../api/types.ts';
import { ruleName, SEVERITY } from '../../shared/labels.ts';

export function FindingList({
  findings,
  showRule,
}: {
  findings: readonly Finding[];
  showRule: boolean;
}) {
  if (findings.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现问题" />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {findings.map((f) => (
        <div key={f.key} data-testid="finding">
          <Tag color={SEVERITY[f.severity].color}>{SEVERITY[f.severity].label}</Tag>
          {showRule && <Tag>{ruleName(f.rule)}</Tag>}
          <Typography.Text>{f.message}</Typography.Text>
          {f.accountNames.filter(Boolean).length > 0 && (
            <Typography.Text type="secondary">
              （账号：{f.accountNames.filter(Boolean).join('、')}）
            </Typography.Text>
          )}
        </div>
      ))}
    </Space>
  );
}
