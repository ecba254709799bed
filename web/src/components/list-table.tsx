import { Alert, Card, Flex, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/client';

export interface ListTableProps<T> {
  /** The search box and filters above the table; a list with none (导入记录) leaves it out. */
  toolbar?: ReactNode;
  /** Why the rows could not be loaded, shown above the table. */
  error: unknown;
  /** Shown between the toolbar and the table, e.g. the bar of actions on the chosen rows. */
  banner?: ReactNode;
  columns: NonNullable<TableProps<T>['columns']>;
  rows: readonly T[] | undefined;
  loading: boolean;
  pagination: TableProps<T>['pagination'];
  /** Paging and sorting, as `useTableQuery`'s `onTableChange` keeps them in the address bar. */
  onChange: NonNullable<TableProps<T>['onChange']>;
  /** The width below which the table scrolls sideways rather than squeezing its columns. */
  scrollX: number;
  /** Said when no row matches, e.g. 没有符合条件的用户. */
  emptyText: string;
  /** Checkboxes for choosing rows (a bulk-action list). */
  rowSelection?: TableProps<T>['rowSelection'];
  /** For tests and screen readers: which table this is. */
  testId?: string;
  /** Opens a row when it is clicked anywhere (a ledger's detail drawer); its own link stays for keyboards. */
  onRowClick?: (row: T) => void;
}

/**
 * The body of every list page: a card holding the filter toolbar, a failed load's reason and a table of
 * rows with an `id`, paged and sorted through the address bar — whether the server pages the rows
 * (`ServerTable`) or the browser does (`useLocalRows`).
 */
export function ListTable<T extends { id: string }>({
  toolbar,
  error,
  banner,
  rows,
  scrollX,
  emptyText,
  testId,
  onRowClick,
  // columns, loading, pagination, onChange and rowSelection are antd Table's own, passed on as they are.
  ...table
}: ListTableProps<T>) {
  return (
    <Card size="small">
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        {toolbar}
      </Flex>
      {error ? (
        <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />
      ) : null}
      {banner}
      <Table<T>
        {...table}
        rowKey="id"
        size="middle"
        dataSource={rows}
        scroll={{ x: scrollX }}
        locale={{ emptyText }}
        onRow={
          onRowClick ? (row) => ({ onClick: () => onRowClick(row), style: { cursor: 'pointer' } }) : undefined
        }
        data-testid={testId}
      />
    </Card>
  );
}
