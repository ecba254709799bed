import type { ColumnType } from 'antd/es/table';
import { formatDateTime } from './time';
import { sortOrderOf } from './use-table-query';

/** A column of an instant (收到时间, 最后登录, 开始时间) in the row's `field`, shown in Beijing time. */
export function timeColumn<T>(title: string, field: string, width: number): ColumnType<T> {
  return {
    title,
    dataIndex: field,
    key: field,
    width,
    render: (value: string | null) => formatDateTime(value),
  };
}

/** A `timeColumn` the server sorts the list by, its order kept in the address bar's `sort`. */
export function sortedTimeColumn<T>(
  sort: string | undefined,
  title: string,
  field: string,
  width: number,
): ColumnType<T> {
  return { ...timeColumn<T>(title, field, width), sorter: true, sortOrder: sortOrderOf(sort, field) };
}

/**
 * When a record was created (创建时间, 注册时间), sortable by the server's `createdAt`: the same column in
 * every administrative list.
 */
export function createdAtColumn<T>(sort: string | undefined, title: string, width: number): ColumnType<T> {
  return sortedTimeColumn<T>(sort, title, 'createdAt', width);
}
