import { Input } from 'antd';
import { useEffect, useState } from 'react';

interface Props {
  /** The search applied now (from the address bar). */
  value: string | undefined;
  onSearch: (text: string | undefined) => void;
  placeholder: string;
  width?: number;
}

/** A search field that applies on Enter or the button, and follows the address bar on back/forward. */
export function SearchBox({ value, onSearch, placeholder, width = 260 }: Props) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <Input.Search
      value={text}
      onChange={(event) => setText(event.target.value)}
      // antd also calls onSearch when the ✕ clears the box, so clearing shows everything again.
      onSearch={(next) => onSearch(next.trim() || undefined)}
      placeholder={placeholder}
      allowClear
      enterButton="查询"
      style={{ width }}
    />
  );
}
