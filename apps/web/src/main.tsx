// Console entry: zh-CN locale for Ant Design and dayjs, the session, and the router.
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { router } from './app/routes.tsx';
import { SessionProvider } from './features/auth/session.tsx';

dayjs.locale('zh-cn');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN}>
      <App>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </App>
    </ConfigProvider>
  </StrictMode>,
);
