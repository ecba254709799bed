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
        { key: 'holidays', label: '法定节假日', children: `${summary.holidayCount} 天` },
        { key: 'workdays', label: '调休上班日', children: `${summary.makeupWorkdayCount} 天` },
        { key: 'updated', label: '更新时间', children: formatDateTime(summary.updatedAt) },
      ]}
    />
  );
}
