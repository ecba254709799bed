import { App } from 'antd';
import { errorMessage } from '../../api/client';
import {
  type BindingStatus,
  bindingRequestsExportPath,
  confirmBinding,
  listBindingRequests,
  type UnitBinding,
  type UnitBindingSort,
} from '../../api/employment';
import { ExportButton } from '../../components/export-button';
import { type ListFilter, ListFilters } from '../../components/list-filters';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { bindingStatusOptions } from '../../lib/employment-labels';
import { useModalTarget } from '../../lib/use-modal-target';
import { useServerList } from '../../lib/use-server-list';
import type { TableQuery } from '../../lib/use-table-query';
import { bindingRequestColumns } from './binding-request-columns';
import { RefuseBindingModal } from './refuse-binding-modal';

const filterKeys = ['q', 'status'] as const;

/** 全部 in the address bar; with no status there, the page shows what waits for a decision. */
const ALL = 'all';
const statusOptions = [{ value: ALL, label: '全部状态' }, ...bindingStatusOptions];

const filterControls: ListFilter<(typeof filterKeys)[number]>[] = [
  { search: 'q', placeholder: '姓名', width: 220 },
  {
    select: 'status',
    options: statusOptions,
    placeholder: '待单位确认',
    label: '按状态筛选',
    width: 170,
    unset: 'pending',
  },
];

/** The address bar's filters and sort as {@link listBindingRequests} takes them. */
function toFilters(query: TableQuery<(typeof filterKeys)[number]>) {
  const status = query.filters.status ?? 'pending';
  return {
    q: query.filters.q,
    status: status === ALL ? undefined : (status as BindingStatus),
    sort: query.sort as UnitBindingSort | undefined,
  };
}

/**
 * 人员绑定审核: professionals asking to be bound to this unit — confirm the unit's own staff (the unit
 * then reviews their applications), refuse others with a reason — and every earlier binding.
 */
export function BindingRequestsPage() {
  const { message } = App.useApp();
  const table = useServerList(filterKeys, toFilters, listBindingRequests);
  const { query, filters, setFilter } = table;
  const { reload } = table.list;
  const refusing = useModalTarget<UnitBinding>(reload);

  const columns = bindingRequestColumns(query.sort, {
    confirm: async (binding) => {
      try {
        await confirmBinding(binding.id);
        message.success(`已确认 ${binding.person.name} 为本单位人员`);
      } catch (error) {
        message.error(errorMessage(error));
      }
      reload();
    },
    refuse: refusing.open,
  });

  return (
    <>
      <PageHeader
        title="人员绑定审核"
        description="专业技术人员申请将本单位登记为其人事（劳动）关系所在单位；确认后，其职称申报由本单位审核推荐。"
        extra={
          <ExportButton path={bindingRequestsExportPath} query={filters} fileName="人员绑定一览表.xlsx" />
        }
      />
      <ServerTable<UnitBinding>
        table={table}
        testId="binding-requests-table"
        toolbar={<ListFilters values={query.filters} onChange={setFilter} filters={filterControls} />}
        columns={columns}
        scrollX={960}
        emptyText="没有符合条件的绑定申请"
      />
      <RefuseBindingModal binding={refusing.target} onClose={refusing.close} />
    </>
  );
}
