import { Button, Card, Col, DatePicker, Flex, Row, Select, Statistic, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { EChartsCoreOption } from 'echarts/core';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  fetchPostMonitoring,
  listPostMonitoring,
  type PostMonitoring,
  type PostMonitoringFilters,
  type PostMonitoringList,
  type PostMonitoringListItem,
  postChangesExportPath,
  postStatisticsExportPath,
} from '../../api/posts';
import { EChart } from '../../components/echart';
import { ExportButton } from '../../components/export-button';
import { ListFilters } from '../../components/list-filters';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { useRequest } from '../../lib/use-request';
import { useServerList } from '../../lib/use-server-list';
import { sortOrderOf, type TableQuery } from '../../lib/use-table-query';
import { filesGradeEvaluations } from '../../session/page-access';
import { useMe } from '../../session/session-context';

const OVER = '#cf1322';
const VACANT = '#389e0d';
const FILTER_KEYS = ['regionCode', 'kind', 'level', 'asOf', 'list'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type ListRow = PostMonitoringListItem & { id: string };

const LISTS: { key: PostMonitoringList; title: string; figure: string }[] = [
  { key: 'over-quota', title: '超岗单位', figure: '超岗数' },
  { key: 'idle-vacancies', title: '长期空缺', figure: '空缺数' },
  { key: 'special-posts', title: '特设岗位', figure: '特设岗位数' },
  { key: 'without-plan', title: '无现行方案', figure: '' },
];

const KIND_OPTIONS = [
  { value: 'full', label: '全额拨款' },
  { value: 'partial', label: '差额拨款' },
  { value: 'self', label: '自收自支' },
];
const LEVEL_OPTIONS = [
  { value: 'senior', label: '正高级' },
  { value: 'associate-senior', label: '副高级' },
  { value: 'intermediate', label: '中级' },
  { value: 'assistant', label: '助理级' },
  { value: 'entry', label: '员级' },
];

const SERIES: [name: string, color: string, key: 'quota' | 'occupied' | 'vacant' | 'over'][] = [
  ['核定', '#1f5fbf', 'quota'],
  ['在岗', '#8fb8f0', 'occupied'],
  ['空缺', VACANT, 'vacant'],
  ['超岗', OVER, 'over'],
];

/**
 * Quota, in post, vacant and over per sub-region (the home page's ECharts): bars lying down, one
 * group per sub-region, so a province's dozen city names stay readable on a phone.
 */
function chartOption(data: PostMonitoring): EChartsCoreOption {
  const rows = [...data.subRegions].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    yAxis: { type: 'category', data: rows.map((r) => r.name) },
    xAxis: { type: 'value', minInterval: 1, name: '岗位' },
    series: SERIES.map(([name, color, key]) => ({
      type: 'bar',
      name,
      data: rows.map((r) => r[key]),
      itemStyle: { color },
    })),
  };
}

function columnsOf(list: PostMonitoringList, sort: string | undefined): ColumnsType<ListRow> {
  const figure = LISTS.find((l) => l.key === list)!.figure;
  return [
    {
      title: '单位',
      key: 'unit',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'unit'),
      render: (_, row) => <Link to={`/post-board?unit=${row.unitId}`}>{row.unitName}</Link>,
    },
    { title: '区划代码', dataIndex: 'jurisdictionCode', key: 'code', width: 96 },
    ...(list === 'over-quota' || list === 'idle-vacancies'
      ? [
          {
            title: list === 'over-quota' ? '层级' : '等级',
            key: 'where',
            width: 110,
            render: (_: unknown, row: ListRow) => (list === 'over-quota' ? row.levelName : row.gradeName),
          },
          { title: '核定', dataIndex: 'quota', key: 'quota', width: 64, align: 'right' as const },
          { title: '在岗', dataIndex: 'occupied', key: 'occupied', width: 64, align: 'right' as const },
        ]
      : []),
    ...(figure
      ? [
          {
            title: figure,
            dataIndex: 'figure',
            key: 'figure',
            width: 96,
            align: 'right' as const,
            sorter: true,
            sortOrder: sortOrderOf(sort, 'figure'),
            render: (value: number) => (
              <Typography.Text strong style={{ color: list === 'idle-vacancies' ? VACANT : OVER }}>
                {value}
              </Typography.Text>
            ),
          },
        ]
      : []),
    ...(list === 'idle-vacancies'
      ? [
          {
            title: '最近聘用',
            dataIndex: 'lastStart',
            key: 'lastStart',
            width: 110,
            render: (v: string | null) => v ?? '无',
          },
        ]
      : []),
  ];
}

/**
 * 岗位监测: HR's view of the post figures of every public institution of its region (a
 * department's, of its own units) — totals, a chart per sub-region, and the units to ask about:
 * over quota, idle vacancies, special posts, no plan in force, each linking to the unit's board.
 */
export function PostMonitoringPage() {
  const me = useMe();
  const toFilters = useCallback(
    (query: TableQuery<FilterKey>) => ({ filters: query.filters, sort: query.sort }),
    [],
  );
  const load = useCallback(
    (
      request: {
        filters: Partial<Record<FilterKey, string>>;
        sort?: string | undefined;
        page: number;
        pageSize: number;
      },
      signal: AbortSignal,
    ) => {
      const { list = 'over-quota', ...filters } = request.filters;
      return listPostMonitoring(
        list as PostMonitoringList,
        {
          ...(filters as PostMonitoringFilters),
          page: request.page,
          pageSize: request.pageSize,
          sort: (request.sort ?? (list === 'without-plan' ? 'unit' : '-figure')) as 'unit',
        },
        signal,
      ).then((page) => ({
        ...page,
        items: page.items.map((item) => ({
          ...item,
          id: `${item.unitId}-${item.level ?? ''}-${item.grade ?? ''}`,
        })),
      }));
    },
    [],
  );
  const table = useServerList(FILTER_KEYS, toFilters, load);
  const { filters } = table.filters;
  const list = (filters.list ?? 'over-quota') as PostMonitoringList;
  const shared: PostMonitoringFilters = {
    regionCode: filters.regionCode,
    kind: filters.kind as PostMonitoringFilters['kind'],
    level: filters.level as PostMonitoringFilters['level'],
    asOf: filters.asOf,
  };
  const overview = useRequest(
    (signal) => fetchPostMonitoring(shared, signal),
    [filters.regionCode, filters.kind, filters.level, filters.asOf],
  );
  const data = overview.data;
  const option = useMemo(() => (data && data.subRegions.length > 0 ? chartOption(data) : null), [data]);
  const [period, setPeriod] = useState<[string, string]>([
    dayjs().startOf('year').format('YYYY-MM-DD'),
    dayjs().format('YYYY-MM-DD'),
  ]);

  const regionOptions = [
    { value: '', label: '全部辖区' },
    ...(data?.subRegions ?? []).map((r) => ({
      value: r.code,
      label: `${r.name}（${r.unitsWithPlan}个单位）`,
    })),
  ];

  return (
    <>
      <PageHeader
        title={data ? `岗位监测：${data.region.name}` : '岗位监测'}
        description={`各事业单位专业技术岗位的核定、在岗、空缺、超岗和特设情况；空缺满${data?.idleMonths ?? 12}个月无人聘用的列为长期空缺。`}
        extra={
          <Flex gap={8} wrap>
            <ExportButton
              path={postStatisticsExportPath}
              query={shared}
              fileName="岗位设置情况统计表.xlsx"
              label="导出统计表"
            />
            <DatePicker.RangePicker
              value={[dayjs(period[0]), dayjs(period[1])]}
              allowClear={false}
              aria-label="变动期间"
              onChange={(days) => {
                if (days?.[0] && days[1])
                  setPeriod([days[0].format('YYYY-MM-DD'), days[1].format('YYYY-MM-DD')]);
              }}
            />
            <ExportButton
              path={postChangesExportPath}
              query={{ regionCode: filters.regionCode, from: period[0], to: period[1] }}
              fileName="岗位变动表.xlsx"
              label="导出变动表"
            />
          </Flex>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label="按地区筛选"
          style={{ minWidth: 200 }}
          value={filters.regionCode ?? ''}
          options={regionOptions}
          onChange={(value) => table.setFilter('regionCode', value || undefined)}
        />
        <ListFilters<FilterKey>
          values={filters}
          onChange={table.setFilter}
          filters={[
            {
              select: 'kind',
              options: KIND_OPTIONS,
              placeholder: '全部单位类型',
              label: '按单位类型筛选',
              width: 140,
            },
            {
              select: 'level',
              options: LEVEL_OPTIONS,
              placeholder: '全部层级',
              label: '按层级筛选',
              width: 120,
            },
          ]}
        />
        <DatePicker
          value={filters.asOf ? dayjs(filters.asOf) : null}
          placeholder="今天"
          aria-label="统计日期"
          onChange={(day) => table.setFilter('asOf', day ? day.format('YYYY-MM-DD') : undefined)}
        />
        {filters.regionCode ? (
          <Button onClick={() => table.setFilter('regionCode', undefined)}>返回全辖区</Button>
        ) : null}
      </Flex>
      <LoadErrorAlert error={overview.error} title="岗位监测加载失败" onRetry={overview.reload} />
      {data ? (
        <Flex vertical gap={16} data-testid="post-monitoring">
          <Row gutter={[12, 12]}>
            {[
              ['有现行方案单位', data.totals.unitsWithPlan, undefined],
              ['核定岗位', data.totals.quota, undefined],
              ['在岗', data.totals.occupied, undefined],
              ['空缺', data.totals.vacant, VACANT],
              ['超岗', data.totals.over, data.totals.over > 0 ? OVER : undefined],
              ['特设岗位', data.totals.special, undefined],
            ].map(([title, value, color]) => (
              <Col xs={12} md={8} xl={4} key={title as string}>
                <Card size="small">
                  <Statistic
                    title={title}
                    value={value as number}
                    styles={{ content: { color: color as string | undefined } }}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          {data.gradeFilings.length > 0 ? (
            <Card
              size="small"
              title="岗位评定备案"
              extra={filesGradeEvaluations(me) ? <Link to="/grade-filings">查看备案</Link> : null}
              data-testid="monitoring-grade-filings"
            >
              <Flex gap={24} wrap>
                {data.gradeFilings.map((f) => (
                  <Statistic
                    key={`${f.targetGrade}-${f.state}`}
                    title={`${f.gradeName} · ${f.stateName}`}
                    value={f.count}
                  />
                ))}
              </Flex>
            </Card>
          ) : null}
          {option ? (
            <Card size="small" title="各地区核定与在岗">
              <EChart
                option={option}
                height={Math.max(240, 64 + data.subRegions.length * 56)}
                ariaLabel="各地区核定、在岗、空缺和超岗岗位数"
              />
            </Card>
          ) : null}
          <Card size="small">
            <Tabs
              activeKey={list}
              onChange={(key) => table.setFilter('list', key === 'over-quota' ? undefined : key)}
              items={LISTS.map((l) => ({
                key: l.key,
                label: `${l.title}（${data.lists[({ 'over-quota': 'overQuota', 'idle-vacancies': 'idleVacancies', 'special-posts': 'specialPosts', 'without-plan': 'withoutPlan' } as const)[l.key]].total}）`,
              }))}
            />
            <ServerTable<ListRow>
              table={table}
              columns={columnsOf(list, table.query.sort)}
              scrollX={560}
              emptyText="没有符合条件的单位"
              testId={`monitoring-${list}`}
            />
          </Card>
        </Flex>
      ) : null}
    </>
  );
}
