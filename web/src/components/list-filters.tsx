import { Select } from 'antd';
import type { ReactNode } from 'react';
import { FilterSelect } from './filter-select';
import { SearchBox } from './search-box';

/** A search box over the text filter `search`, applied on Enter or 查询. */
interface SearchFilter<K extends string> {
  search: K;
  placeholder: string;
  width?: number;
}

/** A choice of a drop-down filter: the address bar's text and what the user reads. */
export interface FilterOption {
  value: string;
  label: string;
}

/** A drop-down over the filter `select`; `multiple` keeps its choices comma-separated in the address bar. */
interface SelectFilter<K extends string> {
  select: K;
  options: FilterOption[];
  /** Names the whole range, e.g. 全部角色, since no choice means no filter. */
  placeholder: string;
  /** For screen readers and tests: what it filters by, e.g. 按角色筛选. */
  label: string;
  width: number;
  multiple?: boolean;
  id?: string;
  /** The choice the address bar leaves out because the page shows it by default (待单位确认). */
  unset?: string;
}

/** One filter of a list page, as data: the page says which, the component draws them all alike. */
export type ListFilter<K extends string> = SearchFilter<K> | SelectFilter<K>;

interface Props<K extends string> {
  /** The filters applied now, as text (the address bar's, or as the page reads them). */
  values: Partial<Record<K, string | undefined>>;
  /** `useTableQuery`'s `setFilter`: a change goes to the address bar and back to page 1. */
  onChange: (key: K, value: string | undefined) => void;
  filters: readonly ListFilter<K>[];
  /** A filter of its own kind, after the others (the jurisdiction cascader). */
  children?: ReactNode;
}

/**
 * The toolbar of a list page — a search box and drop-downs bound to the address bar's filters — drawn
 * from the page's declaration of its filters, so every list filters, clears and labels the same way.
 */
export function ListFilters<K extends string>({ values, onChange, filters, children }: Props<K>) {
  return (
    <>
      {filters.map((filter) => {
        if ('search' in filter) {
          const key = filter.search;
          return (
            <SearchBox
              key={key}
              value={values[key]}
              onSearch={(text) => onChange(key, text)}
              placeholder={filter.placeholder}
              width={filter.width}
            />
          );
        }
        const key = filter.select;
        if (filter.multiple)
          return <MultipleFilter key={key} filter={filter} values={values} onChange={onChange} />;
        const { unset } = filter;
        return (
          <FilterSelect
            key={key}
            value={values[key] ?? unset}
            onChange={(value) => onChange(key, value === unset ? undefined : value)}
            options={filter.options}
            placeholder={filter.placeholder}
            label={filter.label}
            width={filter.width}
          />
        );
      })}
      {children}
    </>
  );
}

/** Several choices of one filter (states), kept as `a,b` in the address bar; unknown values are dropped. */
function MultipleFilter<K extends string>({
  filter,
  values,
  onChange,
}: { filter: SelectFilter<K> } & Pick<Props<K>, 'values' | 'onChange'>) {
  const known = (values[filter.select] ?? '')
    .split(',')
    .filter((value) => filter.options.some((option) => option.value === value));
  return (
    <Select
      mode="multiple"
      allowClear
      value={known}
      onChange={(chosen: string[]) => onChange(filter.select, chosen.join(',') || undefined)}
      options={filter.options}
      placeholder={filter.placeholder}
      aria-label={filter.label}
      maxTagCount="responsive"
      style={{ width: filter.width }}
      id={filter.id}
    />
  );
}
