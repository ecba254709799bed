import type { ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';

/**
 * A list's 操作 column: what can be done with one row (详情, 审核, 编辑…), pinned to the right so it
 * stays in sight while a wide table scrolls sideways on a phone. `width` fits the longest set of
 * buttons the column shows.
 */
export function actionsColumn<T>(width: number, render: (row: T) => ReactNode): ColumnType<T> {
  return { title: '操作', key: 'actions', fixed: 'right', width, render: (_, row) => render(row) };
}
