// The public verification page (REG-5): anyone checks whether an account is a registered official one.
import { Card, Input, Layout, Space, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { ApiError } from '../../api/problem.ts';
import { verifyAccount } from '../../api/public.ts';
import type { VerifyAnswer } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { Announcements } from './Announcements.tsx';
import { VerdictCard } from './VerdictCard.tsx';

export default function VerifyPage() {
  const [params, setParams] = useSearchParams();
  const [answer, setAnswer] = useState<VerifyAnswer>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const search = async (text: string) => {
    const q = text.trim();
    if (!q) return;
    setParams({ q }, { replace: true });
    setBusy(true);
    setError(undefined);
    try {
      setAnswer(await verifyAccount(q));
    } catch (e) {
      setAnswer(undefined);
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  // A shared link such as /verify?q=江临发布 answers at once.
  useEffect(() => {
    const q = params.get('q');
    if (q) void search(q);
    // Only on arrival; later searches come from the search box.
  }, []);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          color: '#fff',
          fontSize: 18,
          fontWeight: 600,
        }}
      >
        <SafetyCertificateOutlined style={{ marginRight: 8 }} /> 政务新媒体账号核验
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 880, width: '100%', margin: '0 auto' }}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              这是不是政府的官方账号？
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              输入账号名称、账号ID或主页链接，查询是否为已备案的政务新媒体账号。
            </Typography.Paragraph>
            <Input.Search
              size="large"
              enterButton="查询"
              placeholder="如：江临发布、jianglinfabu 或 https://weibo.com/…"
              defaultValue={params.get('q') ?? ''}
              loading={busy}
              maxLength={300}
              onSearch={search}
              data-testid="verify-input"
            />
          </Card>
          <ErrorAlert error={error} />
          {answer && <VerdictCard answer={answer} />}
          <Announcements />
        </Space>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        依据《政府网站与政务新媒体检查指标》及国办发〔2018〕123号 ·{' '}
        <Link to="/login">工作人员登录</Link>
      </Layout.Footer>
    </Layout>
  );
}
