import { Alert, Card, Flex, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage, type Page } from '../api/client';
import type { RequestState } from '../lib/use-request';
import { paginationOf } from '../lib/use-table-query';

interface Props<T> {
  /** The list from `useServerList`: its page in the address bar and the rows loaded for it. */
  table: {
    query: { page: number; pageSize: number };
    onTableChange: NonNullable<TableProps<T>['onChange']>;
    list: RequestState<Page<T>>;
  };
  /** The search box and filters above the table. */
  toolbar: ReactNode;
  columns: NonNullable<TableProps<T>['columns']>;
  /** The width below which the table scrolls sideways rather than squeezing its columns. */
  scrollX: number;
  /** Said when no row matches, e.g. 没有符合条件的用户. */
  emptyText: string;
  /** Checkboxes for choosing rows (a bulk-action list). */
  rowSelection?: TableProps<T>['rowSelection'];
  /** Shown between the toolbar and the table, e.g. the bar of actions on the chosen rows. */
  banner?: ReactNode;
  /** For tests and screen readers: which table this is. */
  testId?: string;
  /** Opens a row when it is clicked anywhere (a ledger's detail drawer); its own link stays for keyboards. */
  onRowClick?: (row: T) => void;
}

/**
 * A card holding a filter toolbar and a server-paged table of rows with an `id`: a failed load is shown
 * above the table, and paging and sorting go through the address bar.
 */
export function ServerTable<T extends { id: string }>({
  table,
  toolbar,
  columns,
  scrollX,
  emptyText,
  rowSelection,
  banner,
  testId,
  onRowClick,
}: Props<T>) {
  const { data, error, loading } = table.list;
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
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items}
        loading={loading}
        pagination={paginationOf(table.query, data?.total ?? 0)}
        onChange={table.onTableChange}
        scroll={{ x: scrollX }}
        locale={{ emptyText }}
        rowSelection={rowSelection}
        onRow={
          onRowClick ? (row) => ({ onClick: () => onRowClick(row), style: { cursor: 'pointer' } }) : undefined
        }
        data-testid={testId}
      />
    </Card>
  );
}
