// The signed-in console frame: side menu, header with the user and sign-out, and the routed page.
import { Button, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { LogoutOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '@govmedia/contracts';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../features/auth/session.tsx';
import { menuFor } from './menu.tsx';

export function AppShell() {
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  if (!user) return null;
  const roles = [...new Set(user.grants.map((g) => g.role))];
  const entries = menuFor(roles);
  const selected = entries.find((e) => location.pathname.startsWith(e.path))?.path ?? '';

  // Leave the guarded routes first, so the guard does not turn the sign-out into `/login?next=…`.
  const leave = () => {
    navigate('/login', { replace: true });
    void signOut();
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={200}>
        <div style={{ color: '#fff', padding: '16px', fontWeight: 600, fontSize: 16 }}>
          <SafetyCertificateOutlined /> 政务新媒体管理
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          items={entries.map((e) => ({
            key: e.path,
            icon: e.icon,
            label: (
              <Link to={e.path} data-testid={`nav-${e.path.slice(1)}`}>
                {e.label}
              </Link>
            ),
          }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            paddingInline: 24,
          }}
        >
          <Space>
            <Typography.Text data-testid="current-user">{user.displayName}</Typography.Text>
            {roles.map((r) => (
              <Tag key={r}>{ROLE_LABELS[r]}</Tag>
            ))}
            <Button icon={<LogoutOutlined />} onClick={leave} data-testid="logout">
              退出
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
