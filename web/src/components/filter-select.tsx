import { Select } from 'antd';

interface Props {
  /** The filter applied now (from the address bar); `undefined` shows the placeholder. */
  value: string | undefined;
  /** Called with `undefined` when the ✕ clears the filter. */
  onChange: (value: string | undefined) => void;
  options: { value: string; label: string }[];
  /** Names the whole range, e.g. 全部角色, since no choice means no filter. */
  placeholder: string;
  /** For screen readers and tests: what the select filters by, e.g. 按角色筛选. */
  label: string;
  width: number;
}

/** A clearable drop-down that filters a list by one field; value, options and placeholder go to antd as they are. */
export function FilterSelect({ label, width, ...select }: Props) {
  return <Select {...select} allowClear style={{ width }} aria-label={label} />;
}
