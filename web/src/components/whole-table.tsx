import { Table, type TableProps } from 'antd';

/**
 * A short table shown whole, without paging, in small rows: a panel of a page rather than a list of its
 * own (a session's seats, a group's outcomes, a policy's rules, a person's bindings).
 */
export function WholeTable<T extends object>(props: Omit<TableProps<T>, 'size' | 'pagination'>) {
  return <Table<T> {...props} size="small" pagination={false} />;
}
