import { LoginOutlined } from '@ant-design/icons';
import { Button, Layout, Spin, theme } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { SessionLoading } from '../session/require-session';
import { useSession } from '../session/session-context';
import { AppLayout } from './app-layout';
import { Brand } from './brand';

/**
 * The frame of the pages anyone may open (navigation entries marked `public`): a logged-in user sees
 * them in the usual layout with menu and user bar; everyone else in a light frame with a way to log in.
 */
export function PublicFrame() {
  const { state } = useSession();
  if (state.status === 'loading') return <SessionLoading />;
  if (state.status === 'authenticated') return <AppLayout />;
  return <PublicLayout />;
}

function PublicLayout() {
  const { token } = theme.useToken();
  const { pathname, search } = useLocation();
  const back = encodeURIComponent(pathname + search);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          paddingInline: 24,
          background: 'linear-gradient(90deg, #0f2a52 0%, #1f5fbf 100%)',
          color: '#fff',
        }}
      >
        {/* The header's line height (its full height) would push the mark's glyph out of its box. */}
        <Link to="/login" style={{ color: 'inherit', lineHeight: 'normal' }} aria-label="返回登录页">
          <Brand />
        </Link>
        <Link to={`/login?redirect=${back}`}>
          <Button icon={<LoginOutlined />} ghost>
            登录系统
          </Button>
        </Link>
      </Layout.Header>
      <Layout.Content style={{ padding: 20, width: '100%', maxWidth: 1440, marginInline: 'auto' }}>
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
  );
}
