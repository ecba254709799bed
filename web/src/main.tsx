import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoutes } from './app';
import { theme } from './theme';

// Date pickers and calendars read dayjs's locale: weeks start on Monday, month names in Chinese.
dayjs.locale('zh-cn');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    {/* Buttons keep their text exactly as written ('登录', not '登 录'), which browser tests rely on. */}
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <AppRoutes />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
