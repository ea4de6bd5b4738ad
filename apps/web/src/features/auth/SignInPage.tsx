// Sign-in: password, then the TOTP code when the account has one, or TOTP enrolment on first sign-in.
import { Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { login } from '../../api/auth.ts';
import type { ApiError } from '../../api/problem.ts';
import type { User } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { useSession } from './session.tsx';
import { TotpEnrolment } from './TotpEnrolment.tsx';

interface Credentials {
  username: string;
  password: string;
  totpCode?: string;
}

export default function SignInPage() {
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [needsCode, setNeedsCode] = useState(false);
  const [enrolment, setEnrolment] = useState<{ secret: string; otpauthUrl: string }>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const done = (user: User) => {
    signedIn(user);
    const next = params.get('next');
    navigate(next?.startsWith('/') ? next : '/', { replace: true });
  };

  const submit = async (values: Credentials) => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await login(values);
      if (answer.status === 'ok') done(answer.user);
      else setEnrolment({ secret: answer.secret, otpauthUrl: answer.otpauthUrl });
    } catch (e) {
      const apiError = e as ApiError;
      if (apiError.reason === 'totp_required') setNeedsCode(true);
      else setError(apiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}
    >
      <Card style={{ width: 400 }} title="政务新媒体管理平台 · 登录">
        {enrolment ? (
          <TotpEnrolment {...enrolment} onDone={done} />
        ) : (
          <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false}>
            <ErrorAlert error={error} />
            <Form.Item
              name="username"
              label="用户名"
              rules={[{ required: true, message: '请输入用户名' }]}
            >
              <Input
                prefix={<UserOutlined />}
                autoComplete="username"
                data-testid="login-username"
              />
            </Form.Item>
            <Form.Item
              name="password"
              label="密码"
              rules={[{ required: true, message: '请输入密码' }]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                autoComplete="current-password"
                data-testid="login-password"
              />
            </Form.Item>
            {needsCode && (
              <Form.Item
                name="totpCode"
                label="动态验证码"
                extra="请打开身份验证器应用，输入 6 位动态验证码"
                rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位数字验证码' }]}
              >
                <Input
                  maxLength={6}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  autoFocus
                  data-testid="login-totp"
                />
              </Form.Item>
            )}
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={busy}
              data-testid="login-submit"
            >
              登录
            </Button>
          </Form>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          公众核验账号请前往 <Link to="/verify">政务新媒体账号核验</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
