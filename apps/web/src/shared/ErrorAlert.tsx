// Shows an API error inline, with its Chinese detail.
import { Alert } from 'antd';
import type { ApiError } from '../api/problem.ts';

export function ErrorAlert({ error }: { error: ApiError | undefined }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={error.detail}
      style={{ marginBottom: 16 }}
      data-testid="error-alert"
    />
  );
}
