import { Button } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { OrganisationRow } from '../../api/organisations';
import { sortOrderOf } from '../../lib/use-table-query';
import { UnitStatusTag } from './unit-status-tag';

/**
 * The columns a unit shows alike in every list of units (the administrator's organisations, the
 * bureau's registrations): its name opening it, its review status, its credit code and its department.
 */
export const unitColumn = {
  name: <T extends OrganisationRow>(
    sort: string | undefined,
    open: (unit: T) => void,
    width?: number,
  ): ColumnType<T> => ({
    title: '单位名称',
    dataIndex: 'name',
    key: 'name',
    sorter: true,
    sortOrder: sortOrderOf(sort, 'name'),
    width,
    ellipsis: true,
    render: (name: string, unit) => (
      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => open(unit)}>
        {name}
      </Button>
    ),
  }),
  status: <T extends OrganisationRow>(): ColumnType<T> => ({
    title: '状态',
    key: 'status',
    width: 90,
    render: (_, unit) => <UnitStatusTag status={unit.status} />,
  }),
  creditCode: <T extends OrganisationRow>(): ColumnType<T> => ({
    title: '统一社会信用代码',
    dataIndex: 'creditCode',
    key: 'creditCode',
    width: 190,
    render: (code: string) => <span style={{ fontFamily: 'monospace' }}>{code}</span>,
  }),
  department: <T extends OrganisationRow>(width: number): ColumnType<T> => ({
    title: '主管部门',
    key: 'department',
    width,
    ellipsis: true,
    render: (_, unit) => unit.department?.name ?? '—',
  }),
};
