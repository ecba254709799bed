import { Alert, Card, Col, DatePicker, Flex, Row, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { fetchPostBoard, type PostBoard } from '../../api/posts';
import { EChart } from '../../components/echart';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { PageHeader } from '../../components/page-header';
import { useRequest } from '../../lib/use-request';
import { useMe } from '../../session/session-context';

type GradeRow = PostBoard['grades'][number];
type LevelRow = PostBoard['levels'][number];

/** The colours the board is read by: over quota red, vacancies green (as on the units' paper boards). */
const OVER = '#cf1322';
const VACANT = '#389e0d';

const figure = (value: number, colour?: string) =>
  value > 0 && colour ? (
    <Typography.Text strong style={{ color: colour }}>
      {value}
    </Typography.Text>
  ) : (
    value
  );

/** The board's figures in the order the units' paper boards give them; vacant and over in colour. */
const FIGURES: readonly (readonly [key: keyof LevelRow & keyof GradeRow, title: string, colour?: string])[] =
  [
    ['quota', '核定'],
    ['occupied', '在岗'],
    ['vacant', '空缺', VACANT],
    ['borrowedIn', '借入'],
    ['borrowedOut', '借出'],
    ['special', '特设'],
    ['over', '超岗', OVER],
  ];

function figureColumns<T extends GradeRow | LevelRow>(): ColumnsType<T> {
  return FIGURES.map(([key, title, colour]) => ({
    title,
    dataIndex: key,
    key,
    align: 'right',
    width: 56,
    render: (value: number) => figure(value, colour),
  }));
}

/** Each grade links to the unit's appointments at that grade (聘用管理), where the figures come from. */
const gradeColumns = (unitId: string): ColumnsType<GradeRow> => [
  // 4级 rather than 专业技术4级: the short name leaves room on a phone for the figures beside it.
  {
    title: '等级',
    key: 'grade',
    width: 64,
    fixed: 'left',
    render: (_, row) => (
      <Link to={`/appointments?state=all&grade=${row.grade}&organisationId=${encodeURIComponent(unitId)}`}>
        {row.grade}级
      </Link>
    ),
  },
  ...figureColumns<GradeRow>(),
];

const levelColumns: ColumnsType<LevelRow> = [
  { title: '层级', dataIndex: 'levelName', key: 'level', width: 80, fixed: 'left' },
  ...figureColumns<LevelRow>(),
];

/** A row tinted by what matters on it: over quota first, then an idle vacancy. */
const rowTint = (row: GradeRow | LevelRow) => ({
  style: { background: row.over > 0 ? '#fff1f0' : row.vacant > 0 ? '#f6ffed' : undefined },
  'data-state': row.over > 0 ? 'over' : row.vacant > 0 ? 'vacant' : 'full',
});

function chartOption(board: PostBoard): EChartsCoreOption {
  const rows = board.grades.filter((row) => row.quota > 0 || row.occupied > 0);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((row) => `${row.grade}级`) },
    yAxis: { type: 'value', minInterval: 1, name: '岗位' },
    series: [
      { type: 'bar', name: '核定', data: rows.map((row) => row.quota), itemStyle: { color: '#1f5fbf' } },
      { type: 'bar', name: '在岗', data: rows.map((row) => row.occupied), itemStyle: { color: '#8fb8f0' } },
      { type: 'bar', name: '空缺', data: rows.map((row) => row.vacant), itemStyle: { color: VACANT } },
      { type: 'bar', name: '超岗', data: rows.map((row) => row.over), itemStyle: { color: OVER } },
    ],
  };
}

/**
 * 岗位看板: a unit's professional posts on a day, grade by grade (2–13) and per level, from the plan
 * in force and the filed appointments current that day. The unit sees its own; the department and
 * the bureau reach a unit's board from the plan list (`?unit=`).
 */
export function PostBoardPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? me.organisation?.id ?? null;
  const asOf = params.get('asOf') ?? undefined;
  const board = useRequest(
    (signal) => (unitId ? fetchPostBoard(unitId, asOf, signal) : Promise.resolve(undefined)),
    [unitId, asOf],
  );
  const data = board.data;
  const option = useMemo(() => (data ? chartOption(data) : null), [data]);
  const grades = data?.grades.filter((row) => row.grade !== 1 || row.quota > 0 || row.occupied > 0);
  const total = data?.levels.reduce(
    (sum, level) => ({
      quota: sum.quota + level.quota,
      occupied: sum.occupied + level.occupied,
      vacant: sum.vacant + level.vacant,
      over: sum.over + level.over,
    }),
    { quota: 0, occupied: 0, vacant: 0, over: 0 },
  );

  return (
    <>
      <PageHeader
        title={data ? `岗位看板：${data.unit.name}` : '岗位看板'}
        description="专业技术岗位各等级的核定、在岗、空缺、借用、特设和超岗情况（超岗为红色，空缺为绿色）。"
        extra={
          <DatePicker
            value={dayjs(asOf ?? data?.asOf)}
            allowClear={false}
            aria-label="看板日期"
            onChange={(day) => {
              if (!day) return;
              const next = new URLSearchParams(params);
              next.set('asOf', day.format('YYYY-MM-DD'));
              setParams(next, { replace: true });
            }}
          />
        }
      />
      {!unitId ? <Alert type="info" showIcon title="请从岗位设置方案列表选择单位查看看板" /> : null}
      <LoadErrorAlert error={board.error} title="岗位看板加载失败" onRetry={board.reload} />
      {data && total ? (
        <Flex vertical gap={16} data-testid="post-board">
          {data.plan ? (
            <Typography.Text type="secondary" data-testid="board-plan">
              执行方案：第{data.plan.version}版，{data.plan.effectiveFrom} 起
              {data.plan.approvalDocument ? `，批复文号 ${data.plan.approvalDocument}` : ''}
            </Typography.Text>
          ) : (
            <Alert
              type="warning"
              showIcon
              title={`${data.asOf} 没有执行中的岗位设置方案，各等级核定岗位数为0`}
            />
          )}
          <Row gutter={[12, 12]}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="核定岗位" value={total.quota} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="在岗" value={total.occupied} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="空缺" value={total.vacant} styles={{ content: { color: VACANT } }} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title="超岗"
                  value={total.over}
                  styles={{ content: { color: total.over > 0 ? OVER : undefined } }}
                />
              </Card>
            </Col>
          </Row>
          <BoardTable<LevelRow>
            title="各层级合计"
            rows={data.levels}
            columns={levelColumns}
            testId="board-levels"
          />
          <BoardTable<GradeRow>
            title="各等级"
            rows={grades ?? []}
            columns={gradeColumns(data.unit.id)}
            testId="board-grades"
          />
          {option ? (
            <Card size="small" title="核定与在岗">
              <EChart option={option} height={280} ariaLabel="各等级核定、在岗、空缺和超岗岗位数" />
            </Card>
          ) : null}
        </Flex>
      ) : null}
    </>
  );
}

/** One of the board's tables: every row tinted by what matters on it, scrolling sideways on a phone. */
function BoardTable<T extends GradeRow | LevelRow>(props: {
  title: string;
  rows: T[];
  columns: ColumnsType<T>;
  testId: string;
}) {
  return (
    <Card size="small" title={props.title}>
      <Table<T>
        size="small"
        rowKey={(row) => ('grade' in row ? row.grade : row.level)}
        pagination={false}
        dataSource={props.rows}
        columns={props.columns}
        onRow={rowTint}
        scroll={{ x: 540 }}
        data-testid={props.testId}
      />
    </Card>
  );
}
