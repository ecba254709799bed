import { useState } from 'react';
import {
  listUnitRegistrations,
  type UnitFilters,
  type UnitRow,
  unitRegistrationsExportPath,
} from '../../api/units';
import { ExportButton } from '../../components/export-button';
import { type ListFilter, ListFilters } from '../../components/list-filters';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { registrableKindOptions, unitStatusOptions } from '../../lib/labels';
import { plainFilters, useServerList } from '../../lib/use-server-list';
import { unitColumns } from './unit-columns';
import { UnitDrawer } from './unit-drawer';

const filterKeys = ['q', 'status', 'kind'] as const;

const filterControls: ListFilter<(typeof filterKeys)[number]>[] = [
  { search: 'q', placeholder: '单位名称 / 统一社会信用代码', width: 260 },
  {
    select: 'status',
    options: unitStatusOptions,
    placeholder: '全部状态',
    label: '按审核状态筛选',
    width: 120,
  },
  {
    select: 'kind',
    options: registrableKindOptions,
    placeholder: '全部类型',
    label: '按单位类型筛选',
    width: 140,
  },
];

/** 单位注册审核 (the HR bureau): the units of its jurisdiction, their registrations and relations. */
export function UnitRegistrationsPage() {
  const table = useServerList(filterKeys, plainFilters<UnitFilters>, listUnitRegistrations);
  const { query, filters, setFilter } = table;
  const [open, setOpen] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title="单位注册审核"
        description="审核本辖区用人单位、劳务派遣单位的注册，维护单位的主管部门和派遣关系。"
        extra={
          <ExportButton path={unitRegistrationsExportPath} query={filters} fileName="单位注册一览表.xlsx" />
        }
      />
      <ServerTable<UnitRow>
        table={table}
        toolbar={<ListFilters values={query.filters} onChange={setFilter} filters={filterControls} />}
        columns={unitColumns(query.sort, (unit) => setOpen(unit.id))}
        scrollX={1150}
        emptyText="没有符合条件的单位"
        testId="unit-registrations"
      />
      <UnitDrawer id={open} onClose={() => setOpen(null)} onChanged={table.list.reload} />
    </>
  );
}
