import { Descriptions, Tag } from 'antd';
import type { CalendarYearSummary } from '../../api/calendar';
import { formatDateTime } from '../../lib/time';

/** Where the selected year's schedule comes from and how many exceptions it holds. */
export function YearSummary({ summary }: { summary: CalendarYearSummary }) {
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        {
          key: 'source',
          label: '数据来源',
          children:
            summary.source === 'manual' ? (
              <Tag color="purple">人工维护</Tag>
            ) : (
              <Tag color="green">内置数据（国务院安排）</Tag>
            ),
        },
        {
          key: 'status',
          label: '状态',
          children:
            summary.status === 'draft' ? (
              <Tag color="orange">草稿（未发布）</Tag>
            ) : (
              <Tag color="blue">已发布</Tag>
            ),
        },
        { key: 'holidays', label: '法定节假日', children: `${summary.holidayCount} 天` },
        { key: 'workdays', label: '调休上班日', children: `${summary.makeupWorkdayCount} 天` },
        { key: 'updated', label: '更新时间', children: formatDateTime(summary.updatedAt) },
      ]}
    />
  );
}
