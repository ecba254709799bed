import { Card, Col, Empty, Row } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { HomeData } from '../../api/home';
import { EChart } from '../../components/echart';

type Charts = HomeData['charts'];

/** Statistics a person would rather look at than read: people by series (bar) and by level (pie). */
export function HomeCharts({ charts }: { charts: Charts }) {
  const bySeries = charts.bySeries;
  const byLevel = charts.byLevel;
  const seriesOption = useMemo(() => (bySeries ? barOption(bySeries) : undefined), [bySeries]);
  const levelOption = useMemo(() => (byLevel ? pieOption(byLevel) : undefined), [byLevel]);
  if (!seriesOption && !levelOption) return null;

  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {seriesOption && bySeries ? (
        <ChartCard
          title="按职称系列统计"
          ariaLabel="按职称系列统计柱状图"
          option={seriesOption}
          empty={bySeries.length === 0}
          span={levelOption ? 15 : 24}
        />
      ) : null}
      {levelOption && byLevel ? (
        <ChartCard
          title="按层级统计"
          ariaLabel="按层级统计饼图"
          option={levelOption}
          empty={byLevel.length === 0}
          span={seriesOption ? 9 : 24}
        />
      ) : null}
    </Row>
  );
}

interface ChartCardProps {
  title: string;
  ariaLabel: string;
  option: EChartsCoreOption;
  /** No rows: an empty axis or ring says less than "暂无数据". */
  empty: boolean;
  /** Columns out of 24 on wide screens; the two charts share a row when both are shown. */
  span: number;
}

function ChartCard({ title, ariaLabel, option, empty, span }: ChartCardProps) {
  return (
    <Col xs={24} xl={span}>
      <Card title={title} size="small">
        {empty ? (
          <Empty description="暂无数据" />
        ) : (
          <EChart option={option} height={320} ariaLabel={ariaLabel} />
        )}
      </Card>
    </Col>
  );
}

function barOption(rows: NonNullable<Charts['bySeries']>): EChartsCoreOption {
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

function pieOption(rows: NonNullable<Charts['byLevel']>): EChartsCoreOption {
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
