import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, type TableColumnsType, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { fetchCommittees } from '../../api/committees';
import { listSessions, type SessionSummary } from '../../api/review';
import { ListFilters } from '../../components/list-filters';
import { ListTable } from '../../components/list-table';
import { PageHeader } from '../../components/page-header';
import { ReloadButton } from '../../components/reload-button';
import { actionsColumn } from '../../lib/actions-column';
import { byText, type Comparators, useLocalRows } from '../../lib/use-local-rows';
import { useRequest } from '../../lib/use-request';
import { sortOrderOf, type TableQuery, useTableQuery } from '../../lib/use-table-query';
import { hasRole } from '../../session/access';
import { useMe } from '../../session/session-context';
import { ownCommittees } from './own-committees';
import { SessionFormModal } from './session-form-modal';
import { sessionStateColour, sessionStateOptions } from './session-labels';
import { ThroughTrainTag } from './through-train-tag';

const filterKeys = ['q', 'status', 'year'] as const;

function matches(row: SessionSummary, filters: TableQuery<(typeof filterKeys)[number]>['filters']) {
  if (filters.status && row.status !== filters.status) return false;
  if (filters.year && String(row.year) !== filters.year) return false;
  const q = filters.q?.trim();
  return !q || row.name.includes(q) || row.committeeName.includes(q) || row.place.includes(q);
}

const comparators: Comparators<SessionSummary> = {
  heldOn: (a, b) => byText(a.heldOn, b.heldOn),
  name: (a, b) => byText(a.name, b.name),
  committee: (a, b) => byText(a.committeeName, b.committeeName),
};

/**
 * 评审会议: the committee's review sessions — the office organises them here and opens each one's
 * console; the HR bureau and the supervisor read them.
 */
export function ReviewSessionsPage() {
  const me = useMe();
  const navigate = useNavigate();
  const organises = hasRole(me, 'committee-office');
  const list = useRequest((signal) => listSessions(signal), []);
  const committees = useRequest(() => (organises ? fetchCommittees() : Promise.resolve([])), [organises]);
  const mine = useMemo(() => ownCommittees(me, committees.data ?? []), [me, committees.data]);
  const table = useTableQuery(filterKeys);
  const { query, setFilter } = table;
  const shown = useLocalRows(list, table, matches, comparators);
  const [creating, setCreating] = useState(false);
  const years = useMemo(
    () =>
      [...new Set((list.data ?? []).map((s) => s.year))]
        .sort((a, b) => b - a)
        .map((year) => ({ value: String(year), label: `${year}年度` })),
    [list.data],
  );

  const columns: TableColumnsType<SessionSummary> = [
    {
      title: '会议名称',
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'name'),
      width: 260,
      render: (name: string, row) => (
        <Flex gap={6} align="center" wrap>
          <Link to={`/review-sessions/${row.id}`}>{name}</Link>
          {row.throughTrain ? <ThroughTrainTag /> : null}
        </Flex>
      ),
    },
    {
      title: '评委会',
      dataIndex: 'committeeName',
      key: 'committee',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'committee'),
      width: 260,
      ellipsis: { showTitle: true },
    },
    {
      title: '会议日期',
      dataIndex: 'heldOn',
      key: 'heldOn',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'heldOn'),
      width: 120,
    },
    { title: '地点', dataIndex: 'place', key: 'place', width: 180, ellipsis: { showTitle: true } },
    { title: '委员席位', dataIndex: 'seats', key: 'seats', width: 90, align: 'right' },
    {
      title: '阶段',
      key: 'status',
      width: 190,
      render: (_, row) => <Tag color={sessionStateColour(row.status)}>{row.statusName}</Tag>,
    },
    // A session the caller may act on opens as the console; the others are read.
    actionsColumn(100, (row) => (
      <Link to={`/review-sessions/${row.id}`}>{row.actions.length > 0 ? '会议控制台' : '查看'}</Link>
    )),
  ];

  return (
    <>
      <PageHeader
        title="评审会议"
        description="组织评审会议、编排议程、公布抽取种子并抽取专家、点名表决、确定结果、报送备案与发文，每一步都记入审计链。"
        extra={
          <>
            <ReloadButton request={list} />
            {organises ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                组织会议
              </Button>
            ) : null}
          </>
        }
      />
      <ListTable<SessionSummary>
        toolbar={
          <ListFilters
            values={query.filters}
            onChange={setFilter}
            filters={[
              { search: 'q', placeholder: '会议名称 / 评委会 / 地点' },
              {
                select: 'status',
                options: sessionStateOptions,
                placeholder: '全部阶段',
                label: '按阶段筛选',
                width: 220,
              },
              { select: 'year', options: years, placeholder: '全部年度', label: '按年度筛选', width: 120 },
            ]}
          />
        }
        {...shown}
        columns={columns}
        scrollX={1200}
        emptyText={organises ? '尚未组织评审会议' : '没有符合条件的评审会议'}
        testId="sessions-table"
      />
      {organises ? (
        <SessionFormModal
          open={creating}
          committees={mine}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigate(`/review-sessions/${id}`);
          }}
        />
      ) : null}
    </>
  );
}
