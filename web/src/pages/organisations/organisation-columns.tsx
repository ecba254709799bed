import { Button, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { OrganisationRow } from '../../api/organisations';
import { actionsColumn } from '../../lib/actions-column';
import { employerKindNames, nameOf, organisationKindNames } from '../../lib/labels';
import { createdAtColumn } from '../../lib/time-columns';
import { unitColumn } from '../unit-registrations/unit-shared-columns';

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
    unitColumn.name(sort, open),
    unitColumn.status(),
    {
      title: '单位类型',
      dataIndex: 'kind',
      key: 'kind',
      width: 130,
      render: (kind: string) => <Tag color={kindColours[kind]}>{nameOf(organisationKindNames, kind)}</Tag>,
    },
    unitColumn.creditCode(),
    {
      title: '单位性质',
      dataIndex: 'employerKind',
      key: 'employerKind',
      width: 100,
      render: (kind: string | null) => nameOf(employerKindNames, kind),
    },
    { title: '行政区划', dataIndex: ['jurisdiction', 'name'], key: 'jurisdiction', width: 120 },
    unitColumn.department(160),
    createdAtColumn(sort, '创建时间', 150),
  ];
  columns.push(
    actionsColumn(110, (organisation) => (
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
    )),
  );
  return columns;
}
