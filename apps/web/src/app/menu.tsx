// The console's side menu: each entry names the roles that see it (the server still checks every call).
import {
  ApartmentOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { Role } from '@govmedia/contracts';
import type { ReactNode } from 'react';

interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
  /** Roles that see the entry; undefined means everyone signed in. */
  roles?: readonly Role[];
}

export const MENU: readonly MenuEntry[] = [
  { path: '/accounts', label: '账号登记', icon: <UnorderedListOutlined /> },
  { path: '/units', label: '单位管理', icon: <ApartmentOutlined /> },
  {
    path: '/queue',
    label: '备案审核',
    icon: <CheckSquareOutlined />,
    roles: ['system_admin', 'supervisor'],
  },
  { path: '/findings', label: '规则检查', icon: <WarningOutlined /> },
  {
    path: '/import',
    label: '导入导出',
    icon: <CloudUploadOutlined />,
    roles: ['system_admin', 'unit_admin'],
  },
  {
    path: '/users',
    label: '用户与角色',
    icon: <TeamOutlined />,
    roles: ['system_admin', 'unit_admin'],
  },
  {
    path: '/audit',
    label: '审计日志',
    icon: <AuditOutlined />,
    roles: ['system_admin', 'supervisor', 'auditor'],
  },
];

export const menuFor = (roles: readonly Role[]) =>
  MENU.filter((entry) => !entry.roles || entry.roles.some((r) => roles.includes(r)));
