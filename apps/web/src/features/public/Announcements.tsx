// Public announcements of host-unit changes and cancellations (REG-3).
import { Card, Empty, Space, Tag, Typography } from 'antd';
import { listAnnouncements } from '../../api/public.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { formatDay } from '../../shared/format.ts';
import { useApi } from '../../shared/use-api.ts';

const KIND_LABELS = { host_change: '主办单位变更', cancellation: '注销' } as const;

export function Announcements() {
  const items = useApi(listAnnouncements, []);
  return (
    <Card title="变更与注销公告" loading={items.loading && !items.data}>
      <ErrorAlert error={items.error} />
      {items.data?.length ? (
        <Space
          orientation="vertical"
          size="middle"
          style={{ width: '100%' }}
          data-testid="announcements"
        >
          {items.data.map((a) => (
            <div key={a.id}>
              <Space>
                <Tag color={a.kind === 'cancellation' ? 'default' : 'blue'}>
                  {KIND_LABELS[a.kind]}
                </Tag>
                <Typography.Text strong>{a.title}</Typography.Text>
                <Typography.Text type="secondary">{formatDay(a.publishedAt)}</Typography.Text>
              </Space>
              <Typography.Paragraph style={{ margin: '4px 0 0' }}>{a.body}</Typography.Paragraph>
            </div>
          ))}
        </Space>
      ) : (
        !items.error && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无公告" />
      )}
    </Card>
  );
}
