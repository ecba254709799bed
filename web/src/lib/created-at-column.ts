import type { ColumnType } from 'antd/es/table';
import { formatDateTime } from './time';
import { sortOrderOf } from './use-table-query';

/**
 * When a record was created (创建时间, 注册时间), shown in Beijing time and sortable by the server's
 * `createdAt`: the same column in every administrative list.
 */
export function createdAtColumn<T>(sort: string | undefined, title: string, width: number): ColumnType<T> {
  return {
    title,
    dataIndex: 'createdAt',
    key: 'createdAt',
    sorter: true,
    sortOrder: sortOrderOf(sort, 'createdAt'),
    width,
    render: (value: string) => formatDateTime(value),
  };
}
