import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { errorMessage, expiredParam } from '../api/client';
import { useSession } from './session-context';

/** The whole window while the first `/auth/me` is under way: nothing is known about the user yet. */
export function SessionLoading() {
  return (
    <div style={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" description="正在加载…" />
    </div>
  );
}

/** Renders its children only for a logged-in user; everyone else goes to the login page and comes back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state, refresh } = useSession();
  const location = useLocation();

  if (state.status === 'loading') return <SessionLoading />;
  if (state.status === 'failed') {
    return (
      <Result
        status="error"
        title="无法连接职称评审管理信息系统"
        subTitle={errorMessage(state.error)}
        extra={
          <Button type="primary" onClick={refresh}>
            重试
          </Button>
        }
      />
    );
  }
  if (state.status === 'anonymous') {
    const params = new URLSearchParams();
    const here = location.pathname + location.search;
    if (here !== '/') params.set('redirect', here);
    if (state.ended) params.set('expired', expiredParam(state.ended));
    const query = params.toString();
    return <Navigate to={query ? `/login?${query}` : '/login'} replace />;
  }
  // A password someone else chose opens nothing but its own change (the server refuses the rest).
  if (state.me.mustChangePassword && location.pathname !== '/account')
    return <Navigate to="/account?must=1" replace />;
  return children;
}
