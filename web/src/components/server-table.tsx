import type { TableProps } from 'antd';
import type { Page } from '../api/client';
import type { RequestState } from '../lib/use-request';
import { paginationOf } from '../lib/use-table-query';
import { ListTable, type ListTableProps } from './list-table';

interface Props<T> extends Omit<ListTableProps<T>, 'error' | 'rows' | 'loading' | 'pagination' | 'onChange'> {
  /** The list from `useServerList`: its page in the address bar and the rows loaded for it. */
  table: {
    query: { page: number; pageSize: number };
    onTableChange: NonNullable<TableProps<T>['onChange']>;
    list: RequestState<Page<T>>;
  };
}

/** A list page's table of the rows the server pages and sorts, as `useServerList` loads them. */
export function ServerTable<T extends { id: string }>({ table, ...shown }: Props<T>) {
  const { data, error, loading } = table.list;
  return (
    <ListTable<T>
      {...shown}
      error={error}
      rows={data?.items}
      loading={loading}
      pagination={paginationOf(table.query, data?.total ?? 0)}
      onChange={table.onTableChange}
    />
  );
}
