// First sign-in of an account that must use TOTP: show the secret and its QR code, confirm with a code.
import { Alert, Button, Form, Input, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { enrolTotp } from '../../api/auth.ts';
import type { ApiError } from '../../api/problem.ts';
import type { User } from '../../api/types.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';

interface Props {
  secret: string;
  otpauthUrl: string;
  onDone(user: User): void;
}

export function TotpEnrolment({ secret, otpauthUrl, onDone }: Props) {
  const [qr, setQr] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    QRCode.toDataURL(otpauthUrl, { width: 200, margin: 1 }).then(setQr, () => setQr(undefined));
  }, [otpauthUrl]);

  const submit = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      onDone(await enrolTotp(code));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form layout="vertical" onFinish={submit} requiredMark={false}>
      <Alert
        type="info"
        showIcon
        title="首次登录须绑定动态验证码"
        description="请用身份验证器应用扫描二维码，或手动输入密钥。"
        style={{ marginBottom: 16 }}
      />
      <div style={{ textAlign: 'center' }}>
        {qr && (
          <img src={qr} alt="动态验证码二维码" width={200} height={200} data-testid="totp-qr" />
        )}
      </div>
      <Typography.Paragraph copyable={{ text: secret }} style={{ textAlign: 'center' }}>
        密钥：
        <Typography.Text code data-testid="totp-secret">
          {secret}
        </Typography.Text>
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form.Item
        name="code"
        label="动态验证码"
        rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位数字验证码' }]}
      >
        <Input
          maxLength={6}
          inputMode="numeric"
          autoComplete="one-time-code"
          data-testid="totp-enrol-code"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="totp-enrol-submit">
        绑定并登录
      </Button>
    </Form>
  );
}
