// The verification answer: a clear registered / not-found verdict and the matching accounts.
import { Card, Descriptions, Result, Space } from 'antd';
import type { VerifyAnswer } from '../../api/types.ts';
import { StatusTag } from '../../shared/StatusTag.tsx';

export function VerdictCard({ answer }: { answer: VerifyAnswer }) {
  return (
    <Card data-testid="verify-result" data-registered={answer.registered ? 'yes' : 'no'}>
      <Result
        status={answer.registered ? 'success' : 'warning'}
        title={
          <span data-testid="verify-verdict-title">
            {answer.registered ? '已备案' : answer.matches.length ? '已注销' : '未查到'}
          </span>
        }
        subTitle={<span data-testid="verify-verdict">{answer.verdict}</span>}
        style={{ padding: '16px 0' }}
      />
      <Space orientation="vertical" style={{ width: '100%' }}>
        {answer.matches.map((m) => (
          <Descriptions
            key={`${m.platform}-${m.name}-${m.handle ?? ''}`}
            bordered
            size="small"
            column={1}
            items={[
              { label: '账号名称', children: m.name },
              { label: '平台', children: m.platformName },
              { label: '账号ID', children: m.handle ?? '—' },
              {
                label: '主办单位',
                children: <span data-testid="verify-host-unit">{m.hostUnit}</span>,
              },
              { label: '状态', children: <StatusTag status={m.status} /> },
              ...(m.url ? [{ label: '主页链接', children: m.url }] : []),
            ]}
          />
        ))}
      </Space>
    </Card>
  );
}
