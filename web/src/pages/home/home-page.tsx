import { Alert, Button, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { errorMessage } from '../../api/client';
import { fetchHome } from '../../api/home';
import { PageHeader } from '../../components/page-header';
import { ReloadButton } from '../../components/reload-button';
import { roleNames } from '../../lib/labels';
import { useRequest } from '../../lib/use-request';
import { useMe } from '../../session/session-context';
import { ApplicantProfileCard } from './applicant-profile-card';
import { QuickLinks } from './quick-links';
import { StatCards } from './stat-cards';

// ECharts is the largest library in the app; roles whose home has no charts never download it.
const HomeCharts = lazy(() => import('./home-charts').then((m) => ({ default: m.HomeCharts })));

/** 工作台: the first page after login, different for each role, filled from `GET /home`. */
export function HomePage() {
  const me = useMe();
  const request = useRequest((signal) => fetchHome(signal), []);
  const { data: home, error, loading, reload } = request;
  // The server decides which of the user's roles the home is for; until it answers, use the first.
  const role = home?.role ?? me.roles[0] ?? 'applicant';

  return (
    <div data-testid={`home-${role}`}>
      <PageHeader
        title={`${roleNames[role] ?? ''}工作台`}
        description={home?.greeting ?? `${me.displayName}，您好！`}
        extra={<ReloadButton request={request} />}
      />
      {error ? (
        <Alert
          type="error"
          showIcon
          title="工作台数据加载失败"
          description={errorMessage(error)}
          action={<Button onClick={reload}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {!home && loading ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
      {home ? (
        <>
          <StatCards cards={home.cards} />
          {home.charts.bySeries || home.charts.byLevel ? (
            <Suspense fallback={<Skeleton active style={{ marginBottom: 16 }} />}>
              <HomeCharts charts={home.charts} />
            </Suspense>
          ) : null}
          {home.profile ? <ApplicantProfileCard profile={home.profile} /> : null}
        </>
      ) : null}
      <QuickLinks me={me} />
    </div>
  );
}
