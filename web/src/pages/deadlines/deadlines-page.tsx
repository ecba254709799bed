import { App, Segmented } from 'antd';
import { errorMessage } from '../../api/client';
import { type DeadlineRow, type DeadlineStatus, listDeadlines, retryDeadline } from '../../api/deadlines';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { useServerList } from '../../lib/use-server-list';
import type { TableQuery } from '../../lib/use-table-query';
import { deadlineColumns, deadlineStatusNames } from './deadline-columns';

const filterKeys = ['status'] as const;
const statuses: DeadlineStatus[] = ['failed', 'pending', 'done'];

/** The address bar's status as the API takes it: failed ones first, since those need a person. */
function toFilters(query: TableQuery<(typeof filterKeys)[number]>) {
  const status = query.filters.status as DeadlineStatus | undefined;
  return { status: status && statuses.includes(status) ? status : ('failed' as const) };
}

/**
 * 后台任务: the stored deadlines the background job processes (publicity ends, filing due
 * dates). A deadline whose last allowed attempt failed waits here with its error until an
 * administrator retries it.
 */
export function DeadlinesPage() {
  const { message } = App.useApp();
  const table = useServerList(filterKeys, toFilters, listDeadlines);
  const { filters, setFilter } = table;
  const counts = table.list.data?.counts;

  const retry = async (row: DeadlineRow) => {
    try {
      await retryDeadline(row.id);
      message.success(`已重试期限任务 ${row.id}，将在下一次后台处理时执行`);
      table.list.reload();
    } catch (cause) {
      message.error(errorMessage(cause));
    }
  };

  return (
    <>
      <PageHeader
        title="后台任务"
        description="公示期满、备案期限等到期事项由后台自动处理；多次处理失败的任务在此列出失败原因，排除故障后可重试。"
      />
      <ServerTable<DeadlineRow>
        table={table}
        toolbar={
          <Segmented<DeadlineStatus>
            value={filters.status}
            onChange={(status) => setFilter('status', status)}
            options={statuses.map((status) => ({
              value: status,
              label: `${deadlineStatusNames[status]}${counts ? `（${counts[status]}）` : ''}`,
            }))}
          />
        }
        columns={deadlineColumns(retry)}
        scrollX={1000}
        emptyText={filters.status === 'failed' ? '没有失败的期限任务' : '没有符合条件的期限任务'}
        testId="deadlines-table"
      />
    </>
  );
}
