import { Button } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UnitRow } from '../../api/units';
import { actionsColumn } from '../../lib/actions-column';
import { nameOf, organisationKindNames } from '../../lib/labels';
import { createdAtColumn } from '../../lib/time-columns';
import { unitColumn } from './unit-shared-columns';

/** The review list's columns; `open` shows a unit in the drawer. */
export function unitColumns(sort: string | undefined, open: (unit: UnitRow) => void): ColumnsType<UnitRow> {
  return [
    unitColumn.name(sort, open, 240),
    unitColumn.status(),
    {
      title: '单位类型',
      dataIndex: 'kind',
      key: 'kind',
      width: 120,
      render: (kind: string) => nameOf(organisationKindNames, kind),
    },
    unitColumn.creditCode(),
    { title: '所在地区', dataIndex: ['jurisdiction', 'name'], key: 'jurisdiction', width: 100 },
    unitColumn.department(180),
    {
      title: '联系人',
      key: 'contact',
      width: 170,
      render: (_, unit) => (unit.contact ? `${unit.contact.name} ${unit.contact.phoneMasked ?? ''}` : '—'),
    },
    createdAtColumn(sort, '注册时间', 150),
    actionsColumn(80, (unit) => (
      <Button type="link" size="small" onClick={() => open(unit)}>
        {unit.actions.approve ? '审核' : '详情'}
      </Button>
    )),
  ];
}
