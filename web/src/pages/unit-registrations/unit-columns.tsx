import { Button } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UnitRow } from '../../api/units';
import { nameOf, organisationKindNames } from '../../lib/labels';
import { formatDateTime } from '../../lib/time';
import { sortOrderOf } from '../../lib/use-table-query';
import { UnitStatusTag } from './unit-status-tag';

/** The review list's columns; `open` shows a unit in the drawer. */
export function unitColumns(sort: string | undefined, open: (unit: UnitRow) => void): ColumnsType<UnitRow> {
  return [
    {
      title: '单位名称',
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'name'),
      width: 240,
      ellipsis: true,
      render: (name: string, unit) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => open(unit)}>
          {name}
        </Button>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 90,
      render: (_, unit) => <UnitStatusTag status={unit.status} />,
    },
    {
      title: '单位类型',
      dataIndex: 'kind',
      key: 'kind',
      width: 120,
      render: (kind: string) => nameOf(organisationKindNames, kind),
    },
    {
      title: '统一社会信用代码',
      dataIndex: 'creditCode',
      key: 'creditCode',
      width: 190,
      render: (code: string) => <span style={{ fontFamily: 'monospace' }}>{code}</span>,
    },
    { title: '所在地区', dataIndex: ['jurisdiction', 'name'], key: 'jurisdiction', width: 100 },
    {
      title: '主管部门',
      key: 'department',
      width: 180,
      ellipsis: true,
      render: (_, unit) => unit.department?.name ?? '—',
    },
    {
      title: '联系人',
      key: 'contact',
      width: 170,
      render: (_, unit) => (unit.contact ? `${unit.contact.name} ${unit.contact.phoneMasked ?? ''}` : '—'),
    },
    {
      title: '注册时间',
      dataIndex: 'createdAt',
      key: 'createdAt',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'createdAt'),
      width: 150,
      render: (value: string) => formatDateTime(value),
    },
    {
      title: '操作',
      key: 'actions',
      fixed: 'right',
      width: 80,
      render: (_, unit) => (
        <Button type="link" size="small" onClick={() => open(unit)}>
          {unit.actions.approve ? '审核' : '详情'}
        </Button>
      ),
    },
  ];
}
