import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  type CertificateEntry,
  type CertificateStatus,
  certificatesExportPath,
  listCertificates,
} from '../../api/certificates';
import { fetchSeries } from '../../api/reference';
import { ExportButton } from '../../components/export-button';
import { type FilterOption, type ListFilter, ListFilters } from '../../components/list-filters';
import { PageHeader } from '../../components/page-header';
import { ReloadButton } from '../../components/reload-button';
import { ServerTable } from '../../components/server-table';
import { useRequest } from '../../lib/use-request';
import { useServerList } from '../../lib/use-server-list';
import { certificateColumns } from './certificate-columns';
import { CertificateDrawer } from './certificate-drawer';
import {
  type CertificateFilterKey,
  certificateFilterKeys,
  exportFilters,
  toCertificateFilters,
} from './certificate-filters';
import {
  certificateSourceOptions,
  certificateStatusOptions,
  certificateYearOptions,
} from './certificate-labels';
import { LedgerSummary } from './ledger-summary';

/** The ledger's filters; the series are the catalogue's, loaded with the page. */
const filterControls = (seriesOptions: FilterOption[]): ListFilter<CertificateFilterKey>[] => [
  { search: 'keyword', placeholder: '证书编号 / 持证人姓名' },
  {
    select: 'status',
    options: certificateStatusOptions,
    placeholder: '全部状态',
    label: '按状态筛选',
    width: 150,
  },
  {
    select: 'year',
    options: certificateYearOptions,
    placeholder: '取得年度',
    label: '按取得资格年度筛选',
    width: 120,
  },
  { select: 'series', options: seriesOptions, placeholder: '全部系列', label: '按系列筛选', width: 170 },
  {
    select: 'source',
    options: certificateSourceOptions,
    placeholder: '全部来源',
    label: '按来源筛选',
    width: 120,
  },
];

/** The address bar's key for the certificate open in the drawer: a reload or a shared link reopens it. */
const OPEN_KEY = 'certificate';

/**
 * 证书台账: the certificates issued, replaced and revoked in the user's jurisdiction (or by the
 * office's committees), with counts by status, filters, the Excel export, and each entry's detail.
 */
export function CertificatesPage() {
  const table = useServerList(certificateFilterKeys, toCertificateFilters, listCertificates);
  const { query, setFilter } = table;
  const series = useRequest(() => fetchSeries(), []);
  const controls = useMemo(
    () => filterControls((series.data ?? []).map((s) => ({ value: s.slug, label: s.name }))),
    [series.data],
  );

  const [params, setParams] = useSearchParams();
  const openId = params.get(OPEN_KEY);
  const setOpen = useCallback(
    (id: string | null, replace = false) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (id) next.set(OPEN_KEY, id);
          else next.delete(OPEN_KEY);
          return next;
        },
        { replace },
      ),
    [setParams],
  );
  const open = useCallback((row: CertificateEntry) => setOpen(row.id), [setOpen]);

  return (
    <>
      <PageHeader
        title="证书台账"
        description="电子职称证书的签发、补换和撤销记录。按编号或姓名查询，点击证书查看详情和台账记录；导出按当前筛选条件。"
        extra={
          <>
            <ReloadButton request={table.list} />
            <ExportButton
              path={certificatesExportPath}
              query={{ ...exportFilters(table.filters) }}
              fileName="证书台账.xlsx"
            />
          </>
        }
      />
      <LedgerSummary
        counts={table.list.data?.counts}
        status={query.filters.status}
        onStatus={(status?: CertificateStatus) => setFilter('status', status)}
      />
      <ServerTable<CertificateEntry>
        table={table}
        testId="certificates-table"
        toolbar={<ListFilters values={query.filters} onChange={setFilter} filters={controls} />}
        columns={certificateColumns(query.sort, open)}
        onRowClick={open}
        scrollX={1130}
        emptyText="没有符合条件的证书"
      />
      <CertificateDrawer
        id={openId}
        onClose={() => setOpen(null)}
        onOpen={(id) => setOpen(id, true)}
        onChanged={table.list.reload}
      />
    </>
  );
}
