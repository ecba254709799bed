import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

interface Props {
  value: Dayjs;
  onChange: (date: Dayjs) => void;
  /** Years that have a schedule; the one on show is added if it has none, so the select never goes blank. */
  years: number[];
}

const months = Array.from({ length: 12 }, (_, index) => ({ value: index, label: `${index + 1}月` }));

/** The year and the month shown, each a select that moves the calendar to the one chosen. */
const parts: { unit: 'year' | 'month'; label: string; width: number; testId?: string }[] = [
  { unit: 'year', label: '年度', width: 100, testId: 'calendar-year-select' },
  { unit: 'month', label: '月份', width: 80 },
];

/** Year and month pickers for the calendar, offering only years the system holds data for. */
export function CalendarHeader({ value, onChange, years }: Props) {
  const options = [...new Set([...years, value.year()])]
    .sort((a, b) => b - a)
    .map((year) => ({ value: year, label: `${year}年` }));
  return (
    <Flex justify="flex-end" align="center" gap={8} style={{ padding: '0 0 12px' }}>
      <Button
        icon={<LeftOutlined />}
        aria-label="上个月"
        onClick={() => onChange(value.subtract(1, 'month'))}
      />
      {parts.map(({ unit, label, width, testId }) => (
        <Select
          key={unit}
          value={value.get(unit)}
          options={unit === 'year' ? options : months}
          onChange={(chosen) => onChange(value.set(unit, chosen))}
          style={{ width }}
          aria-label={label}
          data-testid={testId}
        />
      ))}
      <Button icon={<RightOutlined />} aria-label="下个月" onClick={() => onChange(value.add(1, 'month'))} />
      <Button onClick={() => onChange(dayjs())}>今天</Button>
    </Flex>
  );
}
