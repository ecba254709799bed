import { Select, type SelectProps, Spin } from 'antd';
import { useEffect, useMemo } from 'react';
import type { NullableChoiceProps } from '../lib/nullable-choice';
import { nullableChoice } from '../lib/nullable-choice';
import { useServerSearch, useWithChosen } from '../lib/use-server-search';

/** A choice the server found: the id it is chosen by and what the user reads. */
export interface SearchOption {
  value: string;
  label: string;
}

interface Props<O extends SearchOption> extends NullableChoiceProps {
  /** The options for a text; `''` asks for the first page, shown as soon as the select appears. */
  find: (text: string) => Promise<O[]>;
  /** The record already chosen, so its name shows before anything is searched. */
  initial?: { id: string; name: string } | null;
  placeholder: string;
  /** Said when nothing matches. */
  notFound: string;
  optionRender?: SelectProps['optionRender'];
}

/**
 * Chooses a record among too many to list (units, a unit's staff) by searching the server as the
 * user types, the first page shown before any typing and the saved choice kept in sight.
 */
export function ServerSearchSelect<O extends SearchOption>({
  find,
  initial,
  placeholder,
  notFound,
  optionRender,
  ...field
}: Props<O>) {
  const { options, loading, search } = useServerSearch<O>(find);

  // The first page once, when the select appears, so there is something to choose before typing.
  useEffect(() => search(''), [search]);

  const chosen = useMemo(
    () => (initial ? ({ value: initial.id, label: initial.name } as O) : null),
    [initial],
  );
  const merged = useWithChosen(options, chosen);

  return (
    <Select<string>
      {...nullableChoice(field)}
      options={merged}
      showSearch={{ filterOption: false, onSearch: search }}
      placeholder={placeholder}
      notFoundContent={loading ? <Spin size="small" /> : notFound}
      loading={loading}
      optionRender={optionRender}
    />
  );
}
