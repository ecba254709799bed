import { Alert, Card, Descriptions, Empty, Flex, Progress, Skeleton, Tag, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense, useMemo } from 'react';
import { errorMessage } from '../../api/client';
import { type PreviewGroup, type PreviewOutcome, previewResults, type SessionDetail } from '../../api/review';
import { useRequest } from '../../lib/use-request';
import { OutcomeTable } from './outcome-table';
import { percent } from './session-labels';

// ECharts is a large chunk of its own: it loads only when a preview is drawn.
const EChart = lazy(() => import('../../components/echart').then((m) => ({ default: m.EChart })));

/** The fixed results in the shape of a preview, so both read the same. */
function fixedOutcomes(detail: SessionDetail): PreviewOutcome[] {
  return detail.agenda.flatMap((item) =>
    item.result
      ? [
          {
            applicationId: item.applicationId,
            code: item.code,
            number: item.number,
            personName: item.personName,
            capGroup: item.result.capGroup,
            attending: item.result.attending,
            required: item.result.required,
            counts: {
              agree: item.result.agree,
              disagree: item.result.disagree,
              abstain: item.result.abstain,
            },
            rank: item.result.rank,
            outcome: item.result.outcome,
            passed: item.result.passed,
            reason: item.result.reason,
            citation: item.result.citation,
          },
        ]
      : [],
  );
}

/** Outcomes by pass-rate group, in the order the groups first appear. */
function byGroup(outcomes: readonly PreviewOutcome[]): [string, PreviewOutcome[]][] {
  const groups = new Map<string, PreviewOutcome[]>();
  for (const o of outcomes) groups.set(o.capGroup, [...(groups.get(o.capGroup) ?? []), o]);
  return [...groups];
}

function chartOption(groups: readonly PreviewGroup[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: groups.map((g) => g.capGroup), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, name: '人数' },
    series: [
      {
        type: 'bar',
        name: '候选人数',
        data: groups.map((g) => g.candidates),
        itemStyle: { color: '#bfbfbf' },
      },
      {
        type: 'bar',
        name: '通过上限',
        data: groups.map((g) => g.limit ?? g.candidates),
        itemStyle: { color: '#faad14' },
      },
      { type: 'bar', name: '拟通过', data: groups.map((g) => g.passed), itemStyle: { color: '#1f5fbf' } },
    ],
  };
}

/** The head of one pass-rate group: candidates, the cap and how much of it is used. */
function GroupSummary({ group }: { group: PreviewGroup }) {
  const limit = group.limit;
  return (
    <Flex gap={12} align="center" wrap data-testid="cap-summary">
      <Typography.Text type="secondary">候选 {group.candidates} 人</Typography.Text>
      <Typography.Text type="secondary">通过率上限 {percent(group.rate)}</Typography.Text>
      <Typography.Text strong>
        拟通过 {group.passed}
        {limit === null ? '' : ` / 上限 ${limit}`} 人
      </Typography.Text>
      {limit !== null ? (
        <Progress
          percent={limit === 0 ? 100 : Math.round((group.passed / limit) * 100)}
          size="small"
          status={group.passed > limit ? 'exception' : 'normal'}
          format={() => `${group.passed}/${limit}`}
          style={{ width: 140, margin: 0 }}
        />
      ) : null}
    </Flex>
  );
}

/** How the vote is held, as the office is reminded while it runs. */
const ballotRule =
  '到会专家在专家端逐项投票（同意、不同意或弃权），每人每项一票，不进行第二轮。表决结束前不显示票数。';

/** How the results follow from the votes, as the office is reminded before it fixes them. */
const resultRule =
  '先按到会专家三分之二以上同意确定达到表决通过线的人员，再按通过率控制（向下取整）按得票排序确定通过人员。确定结果后不可更改，不进行第二轮投票。';

/** The preview before fixing: what fixing would decide now, nothing stored. */
function Preview({ detail }: { detail: SessionDetail }) {
  const preview = useRequest((signal) => previewResults(detail.id, signal), [detail.id, detail.version]);
  const option = useMemo(() => (preview.data ? chartOption(preview.data.groups) : undefined), [preview.data]);
  if (preview.error)
    return <Alert type="error" showIcon title={`结果预览加载失败：${errorMessage(preview.error)}`} />;
  if (!preview.data || !option) return <Skeleton active />;
  const groups = new Map(preview.data.groups.map((g) => [g.capGroup, g]));
  return (
    <Flex vertical gap={16} data-testid="results-preview">
      <Alert type="warning" showIcon title="结果预览（尚未确定）" description={resultRule} />
      {preview.data.groups.length > 0 ? (
        <Card size="small" title="各通过率控制组：拟通过人数与上限">
          <Suspense fallback={<Skeleton active />}>
            <EChart option={option} height={220} ariaLabel="各通过率控制组拟通过人数与上限柱状图" />
          </Suspense>
        </Card>
      ) : null}
      {byGroup(preview.data.outcomes).map(([capGroup, outcomes]) => {
        const group = groups.get(capGroup);
        return (
          <Card
            key={capGroup}
            size="small"
            title={capGroup}
            extra={group ? <GroupSummary group={group} /> : null}
            data-testid="cap-group"
          >
            <OutcomeTable outcomes={outcomes} />
          </Card>
        );
      })}
    </Flex>
  );
}

/** The fixed results: immutable, their digest sealed in the audit chain; publicity, filing, announcement. */
function Fixed({ detail }: { detail: SessionDetail }) {
  const { results } = detail;
  const outcomes = fixedOutcomes(detail);
  const passed = outcomes.filter((o) => o.passed).length;
  return (
    <Flex vertical gap={16} data-testid="results-fixed">
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="确定时间">{results.fixedAt?.slice(0, 10) ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="评审结果">
          通过 {passed} 人，未通过 {outcomes.length - passed} 人
        </Descriptions.Item>
        <Descriptions.Item label="结果公示至">{results.publicityEndsOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="备案期限">
          {results.filingDueOn ?? '—'}
          {results.filingOverdue ? (
            <Tag color="error" style={{ marginInlineStart: 8 }}>
              逾期备案
            </Tag>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label="报送备案">{results.filedOn ?? '尚未报送'}</Descriptions.Item>
        <Descriptions.Item label="发文">
          {results.announcementNumber
            ? `${results.announcementNumber}（${results.announcedOn}）`
            : '尚未发文'}
        </Descriptions.Item>
        <Descriptions.Item label="结果摘要（SM3）" span={2}>
          {results.digest ? (
            <Typography.Text code copyable={{ text: results.digest }} style={{ wordBreak: 'break-all' }}>
              {results.digest}
            </Typography.Text>
          ) : (
            '—'
          )}
        </Descriptions.Item>
      </Descriptions>
      {byGroup(outcomes).map(([capGroup, rows]) => (
        <Card
          key={capGroup}
          size="small"
          title={capGroup}
          extra={
            <Typography.Text type="secondary">
              候选 {rows.length} 人，通过 {rows.filter((o) => o.passed).length} 人
            </Typography.Text>
          }
          data-testid="cap-group"
        >
          <OutcomeTable outcomes={rows} />
        </Card>
      ))}
    </Flex>
  );
}

/** 表决与结果: progress of the vote, then the preview, then the fixed results. */
export function ResultsTab({ detail }: { detail: SessionDetail }) {
  if (detail.results.fixedAt) return <Fixed detail={detail} />;
  if (detail.status === 'voting-closed') return <Preview detail={detail} />;
  if (detail.status === 'voting') {
    const expected = detail.agenda.length * (detail.voting.attending ?? 0);
    const cast = detail.agenda.reduce((n, item) => n + item.ballotsCast, 0);
    return (
      <Flex vertical gap={12} data-testid="voting-progress">
        <Alert type="info" showIcon title="会议表决中" description={ballotRule} />
        <Typography.Text>
          已收到选票 {cast} 张（到会 {detail.voting.attending ?? 0} 人 × {detail.agenda.length}{' '}
          项，回避的不投票）
        </Typography.Text>
        <Progress percent={expected ? Math.round((cast / expected) * 100) : 0} style={{ maxWidth: 480 }} />
      </Flex>
    );
  }
  return <Empty description="点名开始表决后，在这里查看投票进度；表决结束后预览并确定结果" />;
}
