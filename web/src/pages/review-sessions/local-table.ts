import type { TablePaginationConfig } from 'antd';
import { useMemo } from 'react';
import type { TableQuery } from '../../lib/use-table-query';

/** How two rows compare under one sortable column. */
export type Comparators<T> = Record<string, (a: T, b: T) => number>;

/** Compares text the way Chinese readers sort it (pinyin order for names). */
export const byText = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').localeCompare(b ?? '', 'zh-CN');

/**
 * A list the server sends whole (a committee's sessions, the expert registry), filtered, sorted and
 * paged in the browser under the address bar's query (`useTableQuery`), so the back button and a
 * bookmark behave as on every server-paged list. Pass module-level `matches` and `comparators`.
 */
export function useLocalRows<T, K extends string>(
  rows: readonly T[] | undefined,
  query: TableQuery<K>,
  matches: (row: T, filters: TableQuery<K>['filters']) => boolean,
  comparators: Comparators<T>,
): { rows: T[]; pagination: TablePaginationConfig } {
  const shown = useMemo(() => {
    const kept = (rows ?? []).filter((row) => matches(row, query.filters));
    const descending = query.sort?.startsWith('-') ?? false;
    const compare = query.sort ? comparators[query.sort.replace(/^-/, '')] : undefined;
    if (compare) kept.sort((a, b) => (descending ? compare(b, a) : compare(a, b)));
    return kept;
  }, [rows, matches, comparators, query.filters, query.sort]);
  return {
    rows: shown,
    pagination: {
      current: query.page,
      pageSize: query.pageSize,
      total: shown.length,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
      showTotal: (count) => `共 ${count} 条`,
    },
  };
}
