// Registry rule findings (REG-4), grouped by rule with severity tags and a chart of counts per rule.
import { App, Badge, Button, Card, Collapse, Empty, Space, Spin, Tag } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { ApiError } from '../../api/problem.ts';
import { listFindings, recomputeFindings } from '../../api/registry.ts';
import { useSession } from '../auth/session.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { ruleName, SEVERITY } from '../../shared/labels.ts';
import { useApi } from '../../shared/use-api.ts';
import { FindingList } from './FindingList.tsx';
import { groupByRule } from './group-findings.ts';
import { RegistrySettingsCard } from './RegistrySettingsCard.tsx';

const FindingsChart = lazy(() => import('./FindingsChart.tsx'));

export default function FindingsPage() {
  const { message } = App.useApp();
  const { user } = useSession();
  const findings = useApi(() => listFindings(), []);
  const [recomputing, setRecomputing] = useState(false);
  const [error, setError] = useState<ApiError>();
  const isAdmin = user?.grants.some((g) => g.role === 'system_admin') ?? false;

  const recompute = async () => {
    setRecomputing(true);
    setError(undefined);
    try {
      const { count } = await recomputeFindings();
      message.success(`已重新检查，共 ${count} 个问题`);
      findings.reload();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setRecomputing(false);
    }
  };
  const groups = useMemo(() => groupByRule(findings.data ?? []), [findings.data]);
  const bars = useMemo(
    () => groups.map((g) => ({ label: ruleName(g.rule), count: g.findings.length })),
    [groups],
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <ErrorAlert error={findings.error ?? error} />
      <Card
        title="各规则问题数"
        loading={findings.loading && !findings.data}
        extra={
          <Button icon={<ReloadOutlined />} loading={recomputing} onClick={recompute}>
            重新检查
          </Button>
        }
      >
        {bars.length ? (
          <Suspense fallback={<Spin />}>
            <FindingsChart bars={bars} />
          </Suspense>
        ) : (
          <Empty description="未发现问题" />
        )}
      </Card>
      {groups.length > 0 && (
        <Card title="问题清单">
          <Collapse
            defaultActiveKey={groups[0]?.rule}
            items={groups.map((g) => ({
              key: g.rule,
              label: (
                <Space>
                  <Tag color={SEVERITY[g.worst].color}>{SEVERITY[g.worst].label}</Tag>
                  {ruleName(g.rule)}
                  <Badge count={g.findings.length} color="#8c8c8c" />
                </Space>
              ),
              children: <FindingList findings={g.findings} showRule={false} />,
            }))}
          />
        </Card>
      )}
      <RegistrySettingsCard editable={isAdmin} onSaved={findings.reload} />
    </Space>
  );
}
