import { Button, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { OrganisationRow } from '../../api/organisations';
import { employerKindNames, nameOf, organisationKindNames } from '../../lib/labels';
import { formatDateTime } from '../../lib/time';
import { sortOrderOf } from '../../lib/use-table-query';
import { UnitStatusTag } from '../unit-registrations/unit-status-tag';

const kindColours: Record<string, string> = {
  employer: 'blue',
  'hr-bureau': 'red',
  department: 'purple',
  'committee-office': 'gold',
  'dispatch-agency': 'cyan',
};

/** The organisation table's columns; `edit` is absent for readers without write permission. */
export function organisationColumns(
  sort: string | undefined,
  actions: {
    open: (organisation: OrganisationRow) => void;
    edit: ((organisation: OrganisationRow) => void) | undefined;
  },
): ColumnsType<OrganisationRow> {
  const { open, edit } = actions;
  const columns: ColumnsType<OrganisationRow> = [
    {
      title: '单位名称',
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'name'),
      ellipsis: true,
      render: (name: string, organisation) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => open(organisation)}>
          {name}
        </Button>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 90,
      render: (_, organisation) => <UnitStatusTag status={organisation.status} />,
    },
    {
      title: '单位类型',
      dataIndex: 'kind',
      key: 'kind',
      width: 130,
      render: (kind: string) => <Tag color={kindColours[kind]}>{nameOf(organisationKindNames, kind)}</Tag>,
    },
    {
      title: '统一社会信用代码',
      dataIndex: 'creditCode',
      key: 'creditCode',
      width: 190,
      render: (code: string) => <span style={{ fontFamily: 'monospace' }}>{code}</span>,
    },
    {
      title: '单位性质',
      dataIndex: 'employerKind',
      key: 'employerKind',
      width: 100,
      render: (kind: string | null) => nameOf(employerKindNames, kind),
    },
    { title: '行政区划', dataIndex: ['jurisdiction', 'name'], key: 'jurisdiction', width: 120 },
    {
      title: '主管部门',
      key: 'department',
      width: 160,
      ellipsis: true,
      render: (_, organisation) => organisation.department?.name ?? '—',
    },
    {
      title: '创建时间',
      dataIndex: 'createdAt',
      key: 'createdAt',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'createdAt'),
      width: 150,
      render: (value: string) => formatDateTime(value),
    },
  ];
  columns.push({
    title: '操作',
    key: 'actions',
    fixed: 'right',
    width: 110,
    render: (_, organisation) => (
      <Space size={0}>
        <Button type="link" size="small" onClick={() => open(organisation)}>
          详情
        </Button>
        {edit ? (
          <Button type="link" size="small" onClick={() => edit(organisation)}>
            编辑
          </Button>
        ) : null}
      </Space>
    ),
  });
  return columns;
}
