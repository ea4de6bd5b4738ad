// The route table: public pages, the sign-in page, and the console pages, each loaded on demand.
import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { RequireSession } from '../features/auth/RequireSession.tsx';
import { AppShell } from './AppShell.tsx';

const SignInPage = lazy(() => import('../features/auth/SignInPage.tsx'));
const VerifyPage = lazy(() => import('../features/public/VerifyPage.tsx'));
const AccountsPage = lazy(() => import('../features/registry/AccountsPage.tsx'));
const AccountPage = lazy(() => import('../features/registry/AccountPage.tsx'));
const NewAccountPage = lazy(() => import('../features/registry/NewAccountPage.tsx'));
const UnitsPage = lazy(() => import('../features/registry/UnitsPage.tsx'));
const QueuePage = lazy(() => import('../features/registry/QueuePage.tsx'));
const FindingsPage = lazy(() => import('../features/registry/FindingsPage.tsx'));
const ImportPage = lazy(() => import('../features/registry/ImportPage.tsx'));
const UsersPage = lazy(() => import('../features/users/UsersPage.tsx'));
const AuditPage = lazy(() => import('../features/audit/AuditPage.tsx'));

const standalone = (page: ReactNode) => <Suspense fallback={<Spin fullscreen />}>{page}</Suspense>;

export const router = createBrowserRouter([
  { path: '/verify', element: standalone(<VerifyPage />) },
  { path: '/login', element: standalone(<SignInPage />) },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/accounts" replace /> },
      { path: 'accounts', element: <AccountsPage /> },
      { path: 'accounts/new', element: <NewAccountPage /> },
      { path: 'accounts/:id', element: <AccountPage /> },
      { path: 'units', element: <UnitsPage /> },
      { path: 'queue', element: <QueuePage /> },
      { path: 'findings', element: <FindingsPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: '*', element: <Navigate to="/accounts" replace /> },
    ],
  },
]);
