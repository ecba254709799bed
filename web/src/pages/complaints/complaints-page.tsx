import {
  type ComplaintAction,
  type ComplaintFilters,
  type ComplaintRow,
  type ComplaintStatus,
  listComplaints,
} from '../../api/integrity';
import { type ListFilter, ListFilters } from '../../components/list-filters';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { useModalTarget } from '../../lib/use-modal-target';
import { useServerList } from '../../lib/use-server-list';
import type { TableQuery } from '../../lib/use-table-query';
import { ComplaintActionModal } from './complaint-action-modal';
import { complaintColumns } from './complaint-columns';

const filterKeys = ['q', 'status', 'malicious'] as const;

const statusOptions = [
  { value: 'open', label: '待处理' },
  { value: 'resolved', label: '已办结' },
];
const maliciousOptions = [
  { value: 'true', label: '恶意举报' },
  { value: 'false', label: '非恶意举报' },
];

const filterControls: ListFilter<(typeof filterKeys)[number]>[] = [
  { search: 'q', placeholder: '受理编号 / 举报人 / 事项' },
  { select: 'status', options: statusOptions, placeholder: '全部状态', label: '按办理状态筛选', width: 120 },
  {
    select: 'malicious',
    options: maliciousOptions,
    placeholder: '是否恶意举报',
    label: '按是否恶意举报筛选',
    width: 140,
  },
];

/** The address bar's filters as {@link listComplaints} takes them. */
function toFilters(query: TableQuery<(typeof filterKeys)[number]>): ComplaintFilters {
  const { q, status, malicious } = query.filters;
  return {
    q,
    status: statusOptions.some((o) => o.value === status) ? (status as ComplaintStatus) : undefined,
    malicious: malicious === 'true' ? true : malicious === 'false' ? false : undefined,
  };
}

/**
 * 投诉举报 (staff): the complaints addressed to the jurisdiction, open ones first. The HR bureau records
 * each outcome and flags malicious false reports with their sanction; the supervisor reads.
 */
export function ComplaintsPage() {
  const table = useServerList(filterKeys, toFilters, listComplaints);
  const { filters, setFilter } = table;
  const { reload } = table.list;
  const handling = useModalTarget<{ complaint: ComplaintRow; action: ComplaintAction }>(reload);

  return (
    <>
      <PageHeader
        title="投诉举报"
        description="实名投诉举报的受理与办理；经核查属恶意举报的，标记并登记处理措施。"
      />
      <ServerTable<ComplaintRow>
        table={table}
        toolbar={
          <ListFilters
            // As understood: a status or flag the address bar garbles shows as no filter, as it applies.
            values={{ q: filters.q, status: filters.status, malicious: filters.malicious?.toString() }}
            onChange={setFilter}
            filters={filterControls}
          />
        }
        columns={complaintColumns((complaint, action) => handling.open({ complaint, action }))}
        scrollX={1300}
        emptyText="没有符合条件的投诉举报"
        testId="complaints-table"
      />
      <ComplaintActionModal handling={handling.target} onClose={handling.close} />
    </>
  );
}
