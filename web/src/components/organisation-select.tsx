import { Select, Spin } from 'antd';
import { useEffect, useMemo } from 'react';
import { listOrganisations } from '../api/organisations';
import { type NullableChoiceProps, nullableChoice } from '../lib/nullable-choice';
import { useServerSearch, useWithChosen } from '../lib/use-server-search';

interface Option {
  value: string;
  label: string;
}

interface Props extends NullableChoiceProps {
  /** The organisation already chosen, so its name shows before anything is searched. */
  initial?: { id: string; name: string } | null;
  placeholder?: string;
}

/** Chooses an organisation by searching the server by name or credit code; there are too many to list. */
export function OrganisationSelect({ initial, placeholder, ...field }: Props) {
  const { options, loading, search } = useServerSearch<Option>((text) =>
    listOrganisations({ q: text.trim() || undefined, page: 1, pageSize: 20 }).then((page) =>
      page.items.map((org) => ({ value: org.id, label: org.name })),
    ),
  );

  // The first page once, when the select appears, so there is something to choose before typing.
  useEffect(() => search(''), [search]);

  const chosen = useMemo(() => (initial ? { value: initial.id, label: initial.name } : null), [initial]);
  const merged = useWithChosen(options, chosen);

  return (
    <Select<string>
      {...nullableChoice(field)}
      options={merged}
      showSearch={{ filterOption: false, onSearch: search }}
      placeholder={placeholder ?? '输入单位名称搜索'}
      notFoundContent={loading ? <Spin size="small" /> : '无匹配单位'}
      loading={loading}
    />
  );
}
