import { Button, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { OrganisationRow } from '../../api/organisations';
import { employerKindNames, nameOf, organisationKindNames } from '../../lib/labels';
import { formatDateTime } from '../../lib/time';
import { sortOrderOf } from '../../lib/use-table-query';

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
  edit: ((organisation: OrganisationRow) => void) | undefined,
): ColumnsType<OrganisationRow> {
  const columns: ColumnsType<OrganisationRow> = [
    {
      title: '单位名称',
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'name'),
      ellipsis: true,
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
      title: '创建时间',
      dataIndex: 'createdAt',
      key: 'createdAt',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'createdAt'),
      width: 150,
      render: (value: string) => formatDateTime(value),
    },
  ];
  if (edit) {
    columns.push({
      title: '操作',
      key: 'actions',
      fixed: 'right',
      width: 80,
      render: (_, organisation) => (
        <Button type="link" size="small" onClick={() => edit(organisation)}>
          编辑
        </Button>
      ),
    });
  }
  return columns;
}
