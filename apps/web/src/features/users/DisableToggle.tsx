// Disables a user (ending their sessions at once) or re-enables them, after a confirmation.
import { App, Button, Popconfirm } from 'antd';
import { disableUser, enableUser } from '../../api/auth.ts';
import type { ApiError } from '../../api/problem.ts';
import type { User } from '../../api/types.ts';

interface Props {
  user: User;
  onChanged(): void;
  onError(error: ApiError): void;
}

export function DisableToggle({ user, onChanged, onError }: Props) {
  const { message } = App.useApp();
  const verb = user.disabled ? '启用' : '停用';

  const confirm = async () => {
    try {
      await (user.disabled ? enableUser(user.id) : disableUser(user.id));
      message.success(`已${verb}用户 ${user.displayName}`);
      onChanged();
    } catch (e) {
      onError(e as ApiError);
    }
  };

  return (
    <Popconfirm
      title={`${verb}用户「${user.displayName}」？`}
      description={
        user.disabled ? '启用后该用户可以重新登录。' : '停用后该用户立即退出登录，且无法再登录。'
      }
      okText={verb}
      cancelText="取消"
      okButtonProps={{ danger: !user.disabled }}
      onConfirm={confirm}
    >
      <Button size="small" danger={!user.disabled} data-testid="user-disable-toggle">
        {verb}
      </Button>
    </Popconfirm>
  );
}
