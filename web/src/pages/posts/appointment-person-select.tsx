import { Select, Spin } from 'antd';
import { useEffect, useMemo } from 'react';
import { searchStaff } from '../../api/employment';
import { type NullableChoiceProps, nullableChoice } from '../../lib/nullable-choice';
import { useServerSearch, useWithChosen } from '../../lib/use-server-search';

interface Option {
  value: string;
  label: string;
  masked: string;
}

interface Props extends NullableChoiceProps {
  /** The person already named (a draft being corrected), shown before anything is searched. */
  initial?: { id: string; name: string } | null;
}

/**
 * 拟聘人员: the unit's confirmed staff, searched by name on the server (a hospital has hundreds); the
 * masked ID number tells two people of one name apart.
 */
export function AppointmentPersonSelect({ initial, ...field }: Props) {
  const { options, loading, search } = useServerSearch<Option>((text) =>
    searchStaff(text.trim()).then((staff) =>
      staff.map((b) => ({ value: b.person.id, label: b.person.name, masked: b.person.idNumberMasked })),
    ),
  );

  // The latest arrivals once, so a small unit picks without typing.
  useEffect(() => search(''), [search]);

  const chosen = useMemo(
    () => (initial ? { value: initial.id, label: initial.name, masked: '' } : null),
    [initial],
  );
  const merged = useWithChosen(options, chosen);

  return (
    <Select<string>
      {...nullableChoice(field)}
      options={merged}
      showSearch={{ filterOption: false, onSearch: search }}
      placeholder="输入姓名搜索本单位人员"
      notFoundContent={loading ? <Spin size="small" /> : '本单位没有该人员（须先确认人员绑定）'}
      loading={loading}
      optionRender={(option) => (
        <span>
          {option.label}
          {(option.data as Option).masked ? (
            <span style={{ color: 'rgba(0,0,0,0.45)', marginInlineStart: 8 }}>
              {(option.data as Option).masked}
            </span>
          ) : null}
        </span>
      )}
    />
  );
}
