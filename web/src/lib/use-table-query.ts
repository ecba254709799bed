import type { TablePaginationConfig } from 'antd';
import type { SorterResult, SortOrder } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const defaultPageSize = 20;

export interface TableQuery<K extends string> {
  page: number;
  pageSize: number;
  /** `name` ascending, `-name` descending, `undefined` for the server's default order. */
  sort: string | undefined;
  filters: Partial<Record<K, string>>;
}

/**
 * Keeps a server-side table's page, sort and filters in the address bar, so a filtered list survives a
 * reload, can be bookmarked, and the browser's back button undoes a filter.
 */
export function useTableQuery<K extends string>(filterKeys: readonly K[]) {
  const [params, setParams] = useSearchParams();

  const query = useMemo<TableQuery<K>>(() => {
    const filters: Partial<Record<K, string>> = {};
    for (const key of filterKeys) {
      const value = params.get(key);
      if (value) filters[key] = value;
    }
    return {
      page: positive(params.get('page'), 1),
      pageSize: positive(params.get('pageSize'), defaultPageSize),
      sort: params.get('sort') || undefined,
      filters,
    };
  }, [params, filterKeys]);

  const update = useCallback(
    (changes: Record<string, string | number | undefined>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (next.get('page') === '1') next.delete('page');
          if (next.get('pageSize') === String(defaultPageSize)) next.delete('pageSize');
          return next;
        },
        { replace: false },
      );
    },
    [setParams],
  );

  /** Changing a filter goes back to page 1: the old page number means nothing in the new result. */
  const setFilter = useCallback(
    (key: K, value: string | undefined) => update({ [key]: value, page: 1 }),
    [update],
  );

  /** The `onChange` of an antd Table: pagination and the (single) sorted column. */
  const onTableChange = useCallback(
    <T>(
      pagination: TablePaginationConfig,
      _filters: unknown,
      sorter: SorterResult<T> | SorterResult<T>[],
    ) => {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = single?.columnKey ?? single?.field;
      const sort =
        single?.order && typeof key === 'string' ? (single.order === 'descend' ? `-${key}` : key) : undefined;
      const sortChanged = sort !== query.sort;
      update({
        sort,
        page: sortChanged ? 1 : pagination.current,
        pageSize: pagination.pageSize,
      });
    },
    [update, query.sort],
  );

  return { query, setFilter, onTableChange };
}

/** The antd `sortOrder` of a column under the current sort, so the header arrow matches the URL. */
export function sortOrderOf(sort: string | undefined, key: string): SortOrder {
  if (sort === key) return 'ascend';
  if (sort === `-${key}`) return 'descend';
  return null;
}

function positive(text: string | null, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Pagination settings shared by every server-side table. */
export function paginationOf(
  query: { page: number; pageSize: number },
  total: number,
): TablePaginationConfig {
  return {
    current: query.page,
    pageSize: query.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (count) => `共 ${count} 条`,
  };
}
