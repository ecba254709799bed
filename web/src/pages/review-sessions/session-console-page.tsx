import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Steps, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { fetchSession, type SessionDetail } from '../../api/review';
import { PageHeader } from '../../components/page-header';
import { quietLoading } from '../../components/quiet-loading';
import { RecordLoadFailure } from '../../components/record-load-failure';
import { useRequest } from '../../lib/use-request';
import { AgendaTab } from './agenda-tab';
import { DrawTab } from './draw-tab';
import { MinutesTab } from './minutes-tab';
import { PanelTab } from './panel-tab';
import { ResultsTab } from './results-tab';
import { SessionActions } from './session-actions';
import { sessionStageTitles, sessionStateColour, sessionStateNames, sessionStates } from './session-labels';
import { ThroughTrainTag } from './through-train-tag';

const tabKeys = ['agenda', 'panel', 'draw', 'results', 'minutes'] as const;
type TabKey = (typeof tabKeys)[number];

/** The eight stages of the session, the current one highlighted. */
function StageSteps({ detail }: { detail: SessionDetail }) {
  const current = sessionStates.indexOf(detail.status);
  return (
    <Steps
      size="small"
      current={current}
      status={detail.status === 'announced' ? 'finish' : 'process'}
      items={sessionStates.map((state) => ({
        title: <Tooltip title={sessionStateNames[state]}>{sessionStageTitles[state]}</Tooltip>,
      }))}
      data-testid="session-stages"
    />
  );
}

/**
 * 会议控制台: one review session from the agenda to the announcement — the stage, the steps the
 * server offers now, and the agenda, panel, draw publication, results and minutes.
 */
export function SessionConsolePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { data: detail, error, loading, reload } = useRequest((signal) => fetchSession(id, signal), [id]);
  const requested = params.get('tab') as TabKey | null;
  const tab: TabKey = requested && tabKeys.includes(requested) ? requested : 'agenda';
  const showTab = (key: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (key === 'agenda') next.delete('tab');
        else next.set('tab', key);
        return next;
      },
      { replace: true },
    );

  if (error && !detail) {
    return <RecordLoadFailure error={error} what="评审会议" onRetry={reload} backTo="/review-sessions" />;
  }
  if (!detail) return <Skeleton active paragraph={{ rows: 10 }} />;

  const members = detail.seats.filter((s) => s.role === 'member').length;
  return (
    <div data-testid="session-console">
      <PageHeader
        title={<span data-testid="session-title">{detail.name}</span>}
        description={
          <Flex component="span" gap={8} align="center" wrap>
            <Tag
              color={sessionStateColour(detail.status)}
              data-testid="session-state"
              style={{ marginInlineEnd: 0 }}
            >
              {detail.statusName}
            </Tag>
            {detail.throughTrain ? <ThroughTrainTag /> : null}
            <Typography.Text type="secondary">{detail.committeeName}</Typography.Text>
            <Typography.Text type="secondary">
              {detail.heldOn} · {detail.place}
            </Typography.Text>
          </Flex>
        }
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/review-sessions')}>
              返回列表
            </Button>
            <Button onClick={reload} loading={quietLoading(loading)}>
              刷新
            </Button>
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <StageSteps detail={detail} />
        <Flex
          justify="space-between"
          align="center"
          gap={12}
          wrap
          style={{ marginTop: 16, paddingTop: 12, borderTop: '1px solid rgba(5, 5, 5, 0.06)' }}
        >
          <SessionActions detail={detail} onDone={reload} showTab={showTab} />
          <Typography.Text type="secondary">
            议程 {detail.agenda.length} 件 · 专业组{' '}
            {detail.strata
              .map((s) => `${s.group}${s.greenChannel ? '（绿色通道）' : ''} ${s.seats}+${s.alternates}`)
              .join('、')}
            {members > 0 ? ` · 已抽取委员 ${members} 人` : ''}
          </Typography.Text>
        </Flex>
      </Card>
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={showTab}
          items={[
            {
              key: 'agenda',
              label: `议程（${detail.agenda.length}）`,
              children: <AgendaTab detail={detail} />,
            },
            {
              key: 'panel',
              label: `专家组（${detail.seats.length}）`,
              children: <PanelTab detail={detail} />,
            },
            { key: 'draw', label: '抽取公示', children: <DrawTab detail={detail} /> },
            { key: 'results', label: '表决与结果', children: <ResultsTab detail={detail} /> },
            { key: 'minutes', label: '会议纪要', children: <MinutesTab detail={detail} onSaved={reload} /> },
          ]}
        />
      </Card>
    </div>
  );
}
