import { Layout, Spin, theme } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { useMe } from '../session/session-context';
import { Brand } from './brand';
import { SideMenu } from './side-menu';
import { UserBar } from './user-bar';

/** The frame around every page after login: side menu, user header, and the page itself. */
export function AppLayout() {
  const me = useMe();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={220}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div style={{ padding: collapsed ? '16px 24px' : '16px 16px', color: '#fff' }}>
          <Brand collapsed={collapsed} />
        </div>
        <SideMenu me={me} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            paddingInline: 24,
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <UserBar me={me} />
        </Layout.Header>
        <Layout.Content style={{ padding: 20 }}>
          <Suspense
            fallback={
              <div style={{ padding: 64, textAlign: 'center' }}>
                <Spin description="页面加载中…" />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: token.colorTextTertiary, padding: '12px 24px' }}>
          职称评审管理信息系统 · 时间均为北京时间
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
