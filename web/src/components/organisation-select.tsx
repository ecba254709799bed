import { Select, Spin } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { listOrganisations } from '../api/organisations';

interface Option {
  value: string;
  label: string;
}

interface Props {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The organisation already chosen, so its name shows before anything is searched. */
  initial?: { id: string; name: string } | null;
  id?: string;
  placeholder?: string;
}

/** Chooses an organisation by searching the server by name or credit code; there are too many to list. */
export function OrganisationSelect({ value, onChange, initial, id, placeholder }: Props) {
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const search = (text: string) => {
    clearTimeout(timer.current);
    // Wait for a pause in typing, and drop answers to searches that are no longer the latest.
    timer.current = setTimeout(() => {
      const ticket = ++latest.current;
      setLoading(true);
      listOrganisations({ q: text.trim() || undefined, page: 1, pageSize: 20 })
        .then((page) => {
          if (ticket === latest.current)
            setOptions(page.items.map((org) => ({ value: org.id, label: org.name })));
        })
        .catch(() => {
          if (ticket === latest.current) setOptions([]);
        })
        .finally(() => {
          if (ticket === latest.current) setLoading(false);
        });
    }, 300);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: load the first page once, when the select appears.
  useEffect(() => {
    search('');
    return () => clearTimeout(timer.current);
  }, []);

  const merged = useMemo(() => {
    if (!initial || options.some((option) => option.value === initial.id)) return options;
    return [{ value: initial.id, label: initial.name }, ...options];
  }, [options, initial]);

  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={merged}
      allowClear
      showSearch={{ filterOption: false, onSearch: search }}
      placeholder={placeholder ?? '输入单位名称搜索'}
      notFoundContent={loading ? <Spin size="small" /> : '无匹配单位'}
      loading={loading}
    />
  );
}
