import { Grid, Layout, theme } from 'antd';
import { useState } from 'react';
import { useMe } from '../session/session-context';
import { Brand } from './brand';
import { InboxBell } from './inbox-bell';
import { PageBody } from './page-body';
import { SideMenu } from './side-menu';
import { UnreadCountProvider } from './unread-count';
import { UserBar } from './user-bar';

/** The frame around every page after login: side menu, user header, and the page itself. */
export function AppLayout() {
  const me = useMe();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();
  // On a phone (an expert voting from the meeting room) the menu hides entirely behind its trigger.
  const phone = !Grid.useBreakpoint().md;

  return (
    <UnreadCountProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider
          width={220}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          collapsedWidth={phone ? 0 : 80}
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
              gap: 12,
              paddingInline: phone ? 12 : 24,
              background: token.colorBgContainer,
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            <InboxBell />
            <UserBar me={me} compact={phone} />
          </Layout.Header>
          <PageBody />
        </Layout>
      </Layout>
    </UnreadCountProvider>
  );
}
