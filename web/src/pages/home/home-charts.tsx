import { Card, Col, Empty, Row } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { HomeData } from '../../api/home';
import { EChart } from '../../components/echart';

type Charts = HomeData['charts'];

/** Statistics a person would rather look at than read: people by series (bar) and by level (pie). */
export function HomeCharts({ charts }: { charts: Charts }) {
  const { bySeries, byLevel } = charts;
  if (!bySeries && !byLevel) return null;

  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <ChartCard chart={seriesChart} rows={bySeries} span={byLevel ? 15 : 24} />
      <ChartCard chart={levelChart} rows={byLevel} span={bySeries ? 9 : 24} />
    </Row>
  );
}

/** What both charts draw: a name (series or level) and how many people. */
type ChartRows = { name: string; count: number }[];

/** One chart of the home page: its card's title, what a screen reader calls the figure, and how it is drawn. */
interface Chart {
  title: string;
  figure: string;
  optionOf: (rows: ChartRows) => EChartsCoreOption;
}

const seriesChart: Chart = { title: '按职称系列统计', figure: '柱状图', optionOf: barOption };
const levelChart: Chart = { title: '按层级统计', figure: '饼图', optionOf: pieOption };

interface ChartCardProps {
  chart: Chart;
  /** `undefined`: the statistic is not for this person, and no card is shown. */
  rows: ChartRows | undefined;
  /** Columns out of 24 on wide screens; the two charts share a row when both are shown. */
  span: number;
}

function ChartCard({ chart, rows, span }: ChartCardProps) {
  const option = useMemo(() => (rows ? chart.optionOf(rows) : undefined), [rows, chart]);
  if (!rows || !option) return null;
  return (
    <Col xs={24} xl={span}>
      <Card title={chart.title} size="small">
        {/* No rows: an empty axis or ring says less than "暂无数据". */}
        {rows.length === 0 ? (
          <Empty description="暂无数据" />
        ) : (
          <EChart option={option} height={320} ariaLabel={`${chart.title}${chart.figure}`} />
        )}
      </Card>
    </Col>
  );
}

function barOption(rows: ChartRows): EChartsCoreOption {
  // Largest first: the reader's question is usually "which series has the most".
  const sorted = [...rows].sort((a, b) => b.count - a.count);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: sorted.map((row) => row.name),
      axisLabel: { interval: 0, rotate: sorted.length > 8 ? 35 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1, name: '人数' },
    series: [
      { type: 'bar', name: '人数', data: sorted.map((row) => row.count), itemStyle: { color: '#1f5fbf' } },
    ],
  };
}

function pieOption(rows: ChartRows): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 人（{d}%）' },
    legend: { bottom: 0 },
    color: ['#0f2a52', '#1f5fbf', '#4f8fe6', '#8fb8f0', '#c9dcf7'],
    series: [
      {
        type: 'pie',
        name: '层级',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c}' },
        data: rows.map((row) => ({ name: row.name, value: row.count })),
      },
    ],
  };
}
