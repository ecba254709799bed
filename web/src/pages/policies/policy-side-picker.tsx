import { DatePicker, Select, Tag } from 'antd';
import dayjs from 'dayjs';

interface Props {
  /** A or B: the letter the table's columns and the status tags call this side by. */
  side: 'A' | 'B';
  /** The side's colour, the same as its 仅A有 / 仅B有 tag. */
  color: string;
  policy: string;
  /** The date the set is resolved at (YYYY-MM-DD); `undefined` lets the server take today. */
  asOf: string | undefined;
  options: { value: string; label: string }[];
  loading: boolean;
  onPolicy: (policy: string) => void;
  onAsOf: (asOf: string | undefined) => void;
}

/** One side of 政策对比's toolbar: its letter, the policy set and the date it is resolved at. */
export function PolicySidePicker({ side, color, policy, asOf, options, loading, onPolicy, onAsOf }: Props) {
  return (
    <>
      <Tag color={color} style={{ marginInlineEnd: 0 }}>
        {side}
      </Tag>
      <Select
        aria-label={`政策${side}`}
        style={{ width: 290 }}
        value={policy}
        options={options}
        loading={loading}
        onChange={onPolicy}
      />
      <DatePicker
        aria-label={`政策${side}生效日期`}
        placeholder="生效日期"
        value={asOf ? dayjs(asOf) : null}
        onChange={(value) => onAsOf(value?.format('YYYY-MM-DD'))}
      />
    </>
  );
}
