import { LoginOutlined } from '@ant-design/icons';
import { Button, Layout } from 'antd';
import { Link, useLocation } from 'react-router';
import { SessionLoading } from '../session/require-session';
import { useSession } from '../session/session-context';
import { AppLayout } from './app-layout';
import { Brand } from './brand';
import { PageBody } from './page-body';

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
      <PageBody style={{ width: '100%', maxWidth: 1440, marginInline: 'auto' }} />
    </Layout>
  );
}
