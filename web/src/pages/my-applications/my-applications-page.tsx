import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { type ApplicationFilters, type ApplicationSort, listApplications } from '../../api/applications';
import { type ListFilter, ListFilters } from '../../components/list-filters';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { stateOptions } from '../../lib/application-labels';
import { useServerList } from '../../lib/use-server-list';
import type { TableQuery } from '../../lib/use-table-query';
import { applicationColumns } from '../applications/application-columns';
import { statesOf } from '../applications/application-filters';

const filterKeys = ['state'] as const;

const filterControls: ListFilter<(typeof filterKeys)[number]>[] = [
  { select: 'state', options: stateOptions, placeholder: '全部状态', label: '按状态筛选', width: 220 },
];

function toFilters(query: TableQuery<(typeof filterKeys)[number]>): ApplicationFilters {
  const states = statesOf(query.filters.state);
  return { state: states.length > 0 ? states : undefined, sort: query.sort as ApplicationSort | undefined };
}

/** 我的申报: the applicant's own applications, newest first, each leading to its progress and timeline. */
export function MyApplicationsPage() {
  const navigate = useNavigate();
  const table = useServerList(filterKeys, toFilters, listApplications);
  const { query, setFilter } = table;

  return (
    <>
      <PageHeader
        title="我的申报"
        description="本人的职称申报及其办理进度。同一系列每年只能申报一次（能否同年申报其他系列，以所在地政策为准）；被退回的申报可补正后重新提交。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/my/applications/new')}>
            发起职称申报
          </Button>
        }
      />
      <ServerTable
        table={table}
        testId="my-applications-table"
        toolbar={<ListFilters values={query.filters} onChange={setFilter} filters={filterControls} />}
        columns={applicationColumns(query.sort, { forApplicant: true })}
        scrollX={1050}
        emptyText="尚未发起职称申报"
      />
    </>
  );
}
