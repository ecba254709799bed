import { Layout, Spin, theme } from 'antd';
import type { CSSProperties } from 'react';
import { Suspense } from 'react';
import { Outlet } from 'react-router';

/** The routed page with its loading state, and the footer: the same inside and outside the login. */
export function PageBody({ style }: { style?: CSSProperties }) {
  const { token } = theme.useToken();
  return (
    <>
      <Layout.Content style={{ padding: 20, ...style }}>
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
    </>
  );
}
