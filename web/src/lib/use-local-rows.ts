import type { TablePaginationConfig, TableProps } from 'antd';
import { useMemo } from 'react';
import type { RequestState } from './use-request';
import { paginationOf, type TableQuery } from './use-table-query';

/** How two rows compare under one sortable column. */
export type Comparators<T> = Record<string, (a: T, b: T) => number>;

/** Compares text the way Chinese readers sort it (pinyin order for names). */
export const byText = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').localeCompare(b ?? '', 'zh-CN');

/** What `ListTable` takes from a list paged in the browser. */
export interface LocalRows<T> {
  rows: T[];
  error: unknown;
  /** The first load only: a reload keeps the rows shown (the reload button spins instead). */
  loading: boolean;
  pagination: TablePaginationConfig;
  onChange: NonNullable<TableProps<T>['onChange']>;
}

/**
 * A list the server sends whole (a committee's sessions, the expert registry), filtered, sorted and
 * paged in the browser under the address bar's query (`useTableQuery`), so the back button and a
 * bookmark behave as on every server-paged list. Spread the result into `ListTable`. Pass module-level
 * `matches` and `comparators`.
 */
export function useLocalRows<T, K extends string>(
  list: RequestState<readonly T[]>,
  table: { query: TableQuery<K>; onTableChange: NonNullable<TableProps<T>['onChange']> },
  matches: (row: T, filters: TableQuery<K>['filters']) => boolean,
  comparators: Comparators<T>,
): LocalRows<T> {
  const { query } = table;
  const shown = useMemo(() => {
    const kept = (list.data ?? []).filter((row) => matches(row, query.filters));
    const descending = query.sort?.startsWith('-') ?? false;
    const compare = query.sort ? comparators[query.sort.replace(/^-/, '')] : undefined;
    if (compare) kept.sort((a, b) => (descending ? compare(b, a) : compare(a, b)));
    return kept;
  }, [list.data, matches, comparators, query.filters, query.sort]);
  return {
    rows: shown,
    error: list.error,
    loading: list.loading && !list.data,
    pagination: paginationOf(query, shown.length),
    onChange: table.onTableChange,
  };
}
