import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { type FindingRow, findingsExportPath, listFindings } from '../../api/integrity';
import { ExportButton } from '../../components/export-button';
import { type ListFilter, ListFilters } from '../../components/list-filters';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { useModalSwitch } from '../../lib/use-modal-target';
import { useServerList } from '../../lib/use-server-list';
import type { TableQuery } from '../../lib/use-table-query';
import { findingColumns } from './finding-columns';
import { FindingDetailModal } from './finding-detail-modal';
import { FindingFormModal } from './finding-form-modal';

const filterKeys = ['q', 'bannedNow'] as const;

const banOptions = [{ value: 'true', label: '禁止申报期内' }];

const filterControls: ListFilter<(typeof filterKeys)[number]>[] = [
  { search: 'q', placeholder: '姓名 / 决定文号' },
  {
    select: 'bannedNow',
    options: banOptions,
    placeholder: '全部记录',
    label: '按禁止申报状态筛选',
    width: 150,
  },
];

/** The address bar's filters as {@link listFindings} takes them. */
function toFilters(query: TableQuery<(typeof filterKeys)[number]>) {
  return { q: query.filters.q, bannedNow: query.filters.bannedNow === 'true' ? true : undefined };
}

/**
 * 诚信档案: the fraud findings of the jurisdiction, each with its decision, the titles it revoked and
 * the ban it set. The HR bureau records findings (the list says whether the user may); the supervisor reads them.
 */
export function IntegrityPage() {
  const table = useServerList(filterKeys, toFilters, listFindings);
  const { filters, setFilter } = table;
  const { reload } = table.list;
  const recording = useModalSwitch(reload);
  const [viewing, setViewing] = useState<FindingRow | null>(null);

  return (
    <>
      <PageHeader
        title="诚信档案"
        description="弄虚作假取得职称的，撤销其职称并记入诚信档案，禁止申报期内不得申报职称评审（国家规定3年）。"
        extra={
          <>
            <ExportButton path={findingsExportPath} query={{ ...filters }} fileName="失信行为记录.xlsx" />
            {table.list.data?.actions.includes('record') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={recording.open}>
                记录失信行为
              </Button>
            ) : null}
          </>
        }
      />
      <ServerTable<FindingRow>
        table={table}
        toolbar={
          <ListFilters
            values={{ q: filters.q, bannedNow: filters.bannedNow ? 'true' : undefined }}
            onChange={setFilter}
            filters={filterControls}
          />
        }
        columns={findingColumns(setViewing)}
        scrollX={1300}
        emptyText="没有符合条件的失信行为记录"
        testId="findings-table"
      />
      <FindingFormModal open={recording.isOpen} onClose={recording.close} onSaved={recording.saved} />
      <FindingDetailModal finding={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
