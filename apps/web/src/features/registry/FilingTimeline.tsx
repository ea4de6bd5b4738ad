// An account's full filing history, newest first (REG-3).
import { Tag, Timeline, Typography } from 'antd';
import { FILING_KIND_LABELS, FILING_STATUS_LABELS } from '@govmedia/contracts';
import type { Filing, Unit } from '../../api/types.ts';
import { formatDay, formatTime } from '../../shared/format.ts';
import { describeChanges } from './filing-rules.ts';

const COLORS = { submitted: 'blue', approved: 'green', rejected: 'red' } as const;

export function FilingTimeline({
  filings,
  units,
}: {
  filings: readonly Filing[];
  units: readonly Unit[];
}) {
  if (filings.length === 0) return <Typography.Text type="secondary">暂无备案记录</Typography.Text>;
  const unitName = (id: string) => units.find((u) => u.id === id)?.name;
  return (
    <Timeline
      data-testid="filing-timeline"
      items={filings.map((f) => ({
        key: f.id,
        color: COLORS[f.status],
        title: formatTime(f.submittedAt),
        content: (
          <div data-testid="filing-item">
            <Typography.Text strong>{FILING_KIND_LABELS[f.kind]}</Typography.Text>{' '}
            <Tag color={COLORS[f.status]}>{FILING_STATUS_LABELS[f.status]}</Tag>
            {f.source === 'import' && <Tag>存量导入</Tag>}
            {f.reason && <div>理由：{f.reason}</div>}
            {f.effectiveDate && <div>生效日期：{formatDay(f.effectiveDate)}</div>}
            {describeChanges(f.changes, unitName).map((line) => (
              <div key={line}>{line}</div>
            ))}
            {f.decidedAt && (
              <Typography.Text type="secondary">
                审核于 {formatTime(f.decidedAt)}
                {f.decisionNote ? `，意见：${f.decisionNote}` : ''}
              </Typography.Text>
            )}
          </div>
        ),
      }))}
    />
  );
}
