import { FilePdfOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { type ApplicationSummary, applicationsExportPath, listApplications } from '../../api/applications';
import { noticesPdfPath } from '../../api/publicity';
import { ExportButton } from '../../components/export-button';
import { type ListFilter, ListFilters } from '../../components/list-filters';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { stateOptions } from '../../lib/application-labels';
import { levelNames, levelOrder } from '../../lib/labels';
import { useServerList } from '../../lib/use-server-list';
import { seriesOptions } from '../self-check/self-check-values';
import { applicationColumns } from './application-columns';
import {
  type ApplicationFilterKey,
  applicationFilterKeys,
  eligibleOptions,
  toApplicationFilters,
} from './application-filters';
import { BulkActionBar } from './bulk-action-bar';
import { bulkEvents } from './bulk-events';

const levelOptions = levelOrder.map((level) => ({ value: level, label: levelNames[level] }));

const filterControls: ListFilter<ApplicationFilterKey>[] = [
  { search: 'keyword', placeholder: '姓名 / 申报编号 / 单位' },
  {
    select: 'state',
    multiple: true,
    id: 'filter-state',
    options: stateOptions,
    placeholder: '全部状态',
    label: '按状态筛选',
    width: 300,
  },
  { select: 'series', options: seriesOptions, placeholder: '全部系列', label: '按系列筛选', width: 170 },
  { select: 'level', options: levelOptions, placeholder: '全部层级', label: '按层级筛选', width: 120 },
  {
    select: 'eligible',
    options: eligibleOptions,
    placeholder: '资格审查',
    label: '按资格审查结果筛选',
    width: 120,
  },
];

/**
 * 申报审核: the applications within the reviewer's reach — their unit's, their department's, their
 * jurisdiction's or their committee's — to filter, open, export as the 一览表, and act on in bulk.
 */
export function ApplicationsPage() {
  const table = useServerList(applicationFilterKeys, toApplicationFilters, listApplications);
  const { query, filters, setFilter } = table;
  const [selected, setSelected] = useState<ApplicationSummary[]>([]);
  // The 公示表 is offered where the list says this user publishes notices.
  const noticesPdf = table.list.data?.actions.find((action) => action.action === 'notices-pdf');
  // Oversight (the supervisor) reads only: no checkboxes where no bulk step could follow.
  // Checkboxes only where a bulk step could follow: some row on the page offers this user a step.
  const actsInBulk = bulkEvents(table.list.data?.items ?? []).length > 0;

  return (
    <>
      <PageHeader
        title="申报审核"
        description="按状态、系列、层级和资格审查结果筛选申报，打开详情逐件办理，或勾选后批量办理；一览表按当前筛选条件导出。"
        extra={
          <>
            {noticesPdf ? (
              <ExportButton
                path={noticesPdfPath}
                query={{}}
                fileName="公示表.pdf"
                label={noticesPdf.name}
                icon={<FilePdfOutlined />}
              />
            ) : null}
            <ExportButton
              path={applicationsExportPath}
              query={{ ...filters }}
              fileName="申报人员一览表.xlsx"
            />
          </>
        }
      />
      <ServerTable<ApplicationSummary>
        table={table}
        testId="applications-table"
        toolbar={<ListFilters values={query.filters} onChange={setFilter} filters={filterControls} />}
        banner={
          <BulkActionBar
            selected={selected}
            onDone={() => {
              setSelected([]);
              table.list.reload();
            }}
            onClear={() => setSelected([])}
          />
        }
        rowSelection={
          actsInBulk
            ? {
                selectedRowKeys: selected.map((row) => row.id),
                preserveSelectedRowKeys: true,
                onChange: (_keys, rows) => setSelected(rows.filter(Boolean)),
              }
            : undefined
        }
        columns={applicationColumns(query.sort)}
        scrollX={1480}
        emptyText="没有符合条件的申报"
      />
    </>
  );
}
