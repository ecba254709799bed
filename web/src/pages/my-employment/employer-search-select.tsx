import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { type EmployerChoice, searchEmployers } from '../../api/employment';

interface Props {
  value?: string | null;
  onChange?: (id: string | null) => void;
  id?: string;
}

/**
 * Chooses the employer to ask, searching approved employers by name or by the start of the credit
 * code: the person types what is on their contract or payslip, and sees the code and place to be sure.
 */
export function EmployerSearchSelect({ value, onChange, id }: Props) {
  const [options, setOptions] = useState<EmployerChoice[]>([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const search = (text: string) => {
    clearTimeout(timer.current);
    const q = text.trim();
    if (!q) return;
    // Wait for a pause in typing, and drop answers to searches that are no longer the latest.
    timer.current = setTimeout(() => {
      const ticket = ++latest.current;
      setLoading(true);
      searchEmployers(q)
        .then((found) => {
          if (ticket === latest.current) setOptions(found);
        })
        .catch(() => {
          if (ticket === latest.current) setOptions([]);
        })
        .finally(() => {
          if (ticket === latest.current) setLoading(false);
        });
    }, 300);
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      allowClear
      showSearch={{ filterOption: false, onSearch: search }}
      placeholder="输入单位名称或统一社会信用代码搜索"
      notFoundContent={loading ? <Spin size="small" /> : '输入单位名称或信用代码后显示匹配的单位'}
      loading={loading}
      options={options.map((unit) => ({
        value: unit.id,
        label: unit.name,
        unit,
      }))}
      optionRender={(option) => {
        const unit = (option.data as { unit: EmployerChoice }).unit;
        return (
          <div style={{ whiteSpace: 'normal' }}>
            <div>{unit.name}</div>
            <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
              {unit.creditCode} · {unit.regionName}
            </div>
          </div>
        );
      }}
    />
  );
}
