import { Alert, Button, Flex, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Me } from '../../api/auth';
import {
  type Appointment,
  type AppointmentFilters,
  appointmentsExportPath,
  listAppointments,
} from '../../api/posts';
import { ExportButton } from '../../components/export-button';
import { type ListFilter, ListFilters } from '../../components/list-filters';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { actionsColumn } from '../../lib/actions-column';
import { sortedTimeColumn } from '../../lib/time-columns';
import { useRequest } from '../../lib/use-request';
import { useServerList } from '../../lib/use-server-list';
import type { TableQuery } from '../../lib/use-table-query';
import { sortOrderOf } from '../../lib/use-table-query';
import { hasPermission } from '../../session/access';
import { useMe } from '../../session/session-context';
import { AppointmentDrawer } from './appointment-drawer';
import { AppointmentForm } from './appointment-form';
import { AppointmentStateTag, appointmentStateOptions, gradeFilterOptions } from './appointment-labels';

const filterKeys = ['state', 'grade', 'personId', 'organisationId'] as const;
type FilterKey = (typeof filterKeys)[number];

/** 全部 in the address bar; with no state there, the department and the bureau see their queue. */
const ALL = 'all';

/** The queue a party opens on: the department's proposals in publicity, the bureau's reviewed ones. */
function queueOf(me: Me): AppointmentFilters['state'] | undefined {
  if (hasPermission(me, 'posts.plan')) return undefined;
  if (hasPermission(me, 'posts.review')) return 'publicised';
  if (hasPermission(me, 'posts.approve')) return 'reviewed';
  return undefined;
}

/** `toFilters` for a default queue: module-level, one per queue, so the list loads once per change. */
const filtersFor = (queue: AppointmentFilters['state'] | undefined) => (query: TableQuery<FilterKey>) => {
  const state = query.filters.state ?? queue ?? ALL;
  const grade = Number(query.filters.grade);
  return {
    state: state === ALL ? undefined : (state as AppointmentFilters['state']),
    grade: Number.isInteger(grade) && grade > 0 ? grade : undefined,
    personId: query.filters.personId,
    organisationId: query.filters.organisationId,
    sort: query.sort as AppointmentFilters['sort'],
  } as AppointmentFilters;
};
const FILTERS: Record<string, (query: TableQuery<FilterKey>) => AppointmentFilters> = {
  all: filtersFor(undefined),
  publicised: filtersFor('publicised'),
  reviewed: filtersFor('reviewed'),
};

function filterControls(queue: string | undefined): ListFilter<FilterKey>[] {
  return [
    {
      select: 'state',
      options: [{ value: ALL, label: '全部状态' }, ...appointmentStateOptions],
      placeholder: '全部状态',
      label: '按聘用状态筛选',
      width: 170,
      ...(queue ? { unset: queue } : {}),
    },
    {
      select: 'grade',
      options: gradeFilterOptions,
      placeholder: '全部等级',
      label: '按岗位等级筛选',
      width: 150,
    },
  ];
}

/** The step a row's button names: what this user may do with it now, else 详情. */
function stepName(a: Appointment): string {
  if (a.actions.file) return '备案';
  if (a.actions.review) return '审核';
  if (a.actions.propose || a.actions.edit) return '修改';
  return '详情';
}

/** The columns; the unit's own list leaves out its name, and the person stays in sight as a phone scrolls. */
function columns(
  sort: string | undefined,
  open: (a: Appointment) => void,
  ownUnit: boolean,
): ColumnsType<Appointment> {
  const unit: ColumnsType<Appointment> = ownUnit
    ? []
    : [{ title: '单位', dataIndex: ['unit', 'name'], key: 'unit', width: 200 }];
  return [
    {
      title: '姓名',
      key: 'person',
      width: 90,
      fixed: 'left',
      render: (_, a) => <Link to={`/post-history/${a.person.id}`}>{a.person.name}</Link>,
    },
    ...unit,
    {
      title: '聘用类型',
      key: 'kind',
      width: 150,
      // A proposal made from a conferred title (or 评聘结合) says where it came from.
      render: (_, a) => (
        <>
          {a.kindName}
          {a.source !== 'unit' ? (
            <Tag color="purple" style={{ marginInlineStart: 4 }}>
              {a.sourceName}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: '岗位等级',
      dataIndex: 'gradeName',
      key: 'grade',
      width: 120,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'grade'),
    },
    {
      title: '起始日期',
      dataIndex: 'startDate',
      key: 'startDate',
      width: 110,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'startDate'),
    },
    {
      title: '状态',
      key: 'state',
      width: 140,
      render: (_, a) => <AppointmentStateTag state={a.state} name={a.stateName} />,
    },
    {
      title: '公示截止',
      dataIndex: 'publicityUntil',
      key: 'publicityUntil',
      width: 110,
      render: (day: string | null) => day ?? '—',
    },
    {
      title: '先聘后评期限',
      dataIndex: 'titleDueDate',
      key: 'titleDueDate',
      width: 120,
      render: (day: string | null) => day ?? '—',
    },
    {
      title: '检查',
      key: 'check',
      width: 110,
      render: (_, a) =>
        !a.check ? '—' : a.check.findings.length === 0 ? '符合规定' : `${a.check.findings.length}项不符合`,
    },
    sortedTimeColumn<Appointment>(sort, '更新时间', 'updatedAt', 150),
    actionsColumn(90, (a) => (
      <Button type="link" size="small" onClick={() => open(a)}>
        {stepName(a)}
      </Button>
    )),
  ];
}

/**
 * The bureau files straight from the publicity for units without a competent department: it is told
 * how many such proposals there are (those it may return while publicised), beside its own queue.
 */
function NoDepartmentNotice({ onShow }: { onShow: () => void }) {
  const waiting = useRequest(
    (signal) => listAppointments({ state: 'publicised', page: 1, pageSize: 100 }, signal),
    [],
  );
  const count = waiting.data?.items.filter((a) => a.actions.return).length ?? 0;
  if (count === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={`另有${count}件无主管部门单位的聘用申请在单位公示中，公示期满后由本局直接备案`}
      action={
        <Button size="small" onClick={onShow}>
          查看
        </Button>
      }
    />
  );
}

/**
 * 聘用管理: the unit's appointments and its form; the department's queue (单位公示中, reviewed once the
 * publicity is over) and the bureau's (待人社部门备案). The server scopes the list and says in each
 * row's `actions` what this user may do.
 */
export function AppointmentsPage() {
  const me = useMe();
  const queue = queueOf(me);
  const table = useServerList(filterKeys, FILTERS[queue ?? 'all'] ?? FILTERS.all!, listAppointments);
  const { query, filters, setFilter } = table;
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState<Appointment | 'new' | null>(null);
  const drafts = hasPermission(me, 'posts.plan');
  const person = query.filters.personId ? table.list.data?.items[0]?.person.name : undefined;

  return (
    <>
      <PageHeader
        title="聘用管理"
        description={
          drafts
            ? '本单位专业技术岗位聘用：填写聘用申请时逐项检查聘用规定，符合规定后在单位公示，报主管部门审核、人社部门备案。'
            : '审核、备案所属单位的专业技术岗位聘用；按状态筛选即为待办队列。'
        }
        extra={
          <Flex gap={8} wrap>
            {drafts ? (
              <Button type="primary" onClick={() => setEditing('new')} data-testid="appointment-new">
                新建聘用申请
              </Button>
            ) : null}
            <ExportButton path={appointmentsExportPath} query={filters} fileName="聘用花名册.xlsx" />
          </Flex>
        }
      />
      {queue === 'reviewed' && !query.filters.state ? (
        <NoDepartmentNotice onShow={() => setFilter('state', 'publicised')} />
      ) : null}
      <ServerTable<Appointment>
        table={table}
        toolbar={
          <ListFilters values={query.filters} onChange={setFilter} filters={filterControls(queue)}>
            {query.filters.personId ? (
              <Tag closable onClose={() => setFilter('personId', undefined)}>
                人员：{person ?? '已选定'}
              </Tag>
            ) : null}
            {query.filters.organisationId ? (
              <Tag closable onClose={() => setFilter('organisationId', undefined)}>
                单位：{table.list.data?.items[0]?.unit.name ?? '已选定'}
              </Tag>
            ) : null}
          </ListFilters>
        }
        columns={columns(query.sort, (a) => setOpen(a.id), drafts)}
        scrollX={drafts ? 1280 : 1480}
        emptyText={drafts ? '尚无聘用申请，请新建' : '没有符合条件的聘用申请'}
        testId="appointments"
      />
      <AppointmentDrawer
        id={open}
        onClose={() => setOpen(null)}
        onChanged={table.list.reload}
        onEdit={(a) => {
          setOpen(null);
          setEditing(a);
        }}
      />
      <AppointmentForm subject={editing} onClose={() => setEditing(null)} onChanged={table.list.reload} />
    </>
  );
}
