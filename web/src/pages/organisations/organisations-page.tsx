import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import {
  listOrganisations,
  type OrganisationFilters,
  type OrganisationRow,
  organisationsExportPath,
} from '../../api/organisations';
import { ExportButton } from '../../components/export-button';
import { JurisdictionCascader } from '../../components/jurisdiction-cascader';
import { type ListFilter, ListFilters } from '../../components/list-filters';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { organisationKindOptions, unitStatusOptions } from '../../lib/labels';
import { useModalTarget } from '../../lib/use-modal-target';
import { plainFilters, useServerList } from '../../lib/use-server-list';
import { hasPermission } from '../../session/access';
import { useMe } from '../../session/session-context';
import { organisationColumns } from './organisation-columns';
import { OrganisationDrawer } from './organisation-drawer';
import { OrganisationFormModal } from './organisation-form-modal';

const filterKeys = ['q', 'kind', 'status', 'jurisdiction'] as const;

const filterControls: ListFilter<(typeof filterKeys)[number]>[] = [
  { search: 'q', placeholder: '单位名称 / 统一社会信用代码', width: 300 },
  {
    select: 'kind',
    options: organisationKindOptions,
    placeholder: '全部类型',
    label: '按单位类型筛选',
    width: 160,
  },
  {
    select: 'status',
    options: unitStatusOptions,
    placeholder: '全部状态',
    label: '按审核状态筛选',
    width: 120,
  },
];

/** 单位管理: employers, bureaus, departments, committee offices and dispatch agencies. */
export function OrganisationsPage() {
  const me = useMe();
  const canWrite = hasPermission(me, 'organisations.manage');
  const table = useServerList(filterKeys, plainFilters<OrganisationFilters>, listOrganisations);
  const { query, filters, setFilter } = table;
  const { reload } = table.list;
  // `organisation: null` creates one.
  const editing = useModalTarget<{ organisation: OrganisationRow | null }>(reload);
  // By id, so the drawer shows the row as reloaded after a change of department.
  const [shown, setShown] = useState<string | null>(null);
  const shownRow = table.list.data?.items.find((o) => o.id === shown) ?? null;

  const columns = organisationColumns(query.sort, {
    open: (organisation) => setShown(organisation.id),
    edit: canWrite ? (organisation) => editing.open({ organisation }) : undefined,
  });

  return (
    <>
      <PageHeader
        title="单位管理"
        description="用人单位、人社部门、主管部门、评委会办事机构和劳务派遣单位的基本信息。"
        extra={
          <>
            <ExportButton path={organisationsExportPath} query={filters} fileName="单位列表.xlsx" />
            {canWrite ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => editing.open({ organisation: null })}
              >
                新增单位
              </Button>
            ) : null}
          </>
        }
      />
      <ServerTable<OrganisationRow>
        table={table}
        toolbar={
          <ListFilters values={query.filters} onChange={setFilter} filters={filterControls}>
            <JurisdictionCascader
              value={filters.jurisdiction}
              onChange={(code) => setFilter('jurisdiction', code)}
              placeholder="全部行政区划"
              style={{ width: 240 }}
            />
          </ListFilters>
        }
        columns={columns}
        scrollX={1200}
        emptyText="没有符合条件的单位"
      />
      <OrganisationDrawer organisation={shownRow} onClose={() => setShown(null)} onChanged={reload} />
      <OrganisationFormModal
        open={editing.target !== null}
        organisation={editing.target?.organisation ?? null}
        onClose={editing.close}
        onSaved={editing.saved}
      />
    </>
  );
}
