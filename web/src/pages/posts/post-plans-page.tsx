import { Button, Flex } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { listPostPlans, type PostPlan, type PostPlanFilters, postPlansExportPath } from '../../api/posts';
import { ExportButton } from '../../components/export-button';
import { type ListFilter, ListFilters } from '../../components/list-filters';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { actionsColumn } from '../../lib/actions-column';
import { sortedTimeColumn } from '../../lib/time-columns';
import { plainFilters, useServerList } from '../../lib/use-server-list';
import { hasPermission } from '../../session/access';
import { useMe } from '../../session/session-context';
import { PostPlanDrawer } from './post-plan-drawer';
import { PlanStateTag, planStateOptions } from './post-plan-labels';
import { PostPlanWizard } from './post-plan-wizard';

const filterKeys = ['state'] as const;

const filterControls: ListFilter<(typeof filterKeys)[number]>[] = [
  {
    select: 'state',
    options: planStateOptions,
    placeholder: '全部状态',
    label: '按方案状态筛选',
    width: 170,
  },
];

/** The step a row's button names: what this user may do with the plan now, else 详情. */
function stepName(plan: PostPlan): string {
  if (plan.actions.approve) return '审批';
  if (plan.actions.review) return '审核';
  if (plan.actions.edit || plan.actions.submit) return '修改';
  return '详情';
}

function columns(sort: string | undefined, open: (plan: PostPlan) => void): ColumnsType<PostPlan> {
  return [
    { title: '单位', dataIndex: ['unit', 'name'], key: 'unit', width: 220 },
    { title: '版本', dataIndex: 'version', key: 'version', width: 70, render: (v: number) => `第${v}版` },
    {
      title: '状态',
      key: 'state',
      width: 150,
      render: (_, plan) => <PlanStateTag state={plan.state} name={plan.stateName} />,
    },
    {
      title: '岗位总量',
      key: 'totals',
      width: 170,
      render: (_, plan) =>
        `${plan.totals.professional + plan.totals.management + plan.totals.support}（专技 ${plan.totals.professional}）`,
    },
    {
      title: '检查',
      key: 'check',
      width: 120,
      render: (_, plan) =>
        plan.check.problems.length === 0 ? '符合规定' : `${plan.check.problems.length}项不符合`,
    },
    { title: '生效日期', dataIndex: 'effectiveFrom', key: 'effectiveFrom', width: 110 },
    sortedTimeColumn<PostPlan>(sort, '更新时间', 'updatedAt', 150),
    actionsColumn(150, (plan) => (
      <Flex gap={4}>
        <Button type="link" size="small" onClick={() => open(plan)}>
          {stepName(plan)}
        </Button>
        <Link to={`/post-board?unit=${plan.unit.id}`}>看板</Link>
      </Flex>
    )),
  ];
}

/**
 * 岗位设置 for the three parties of a plan: the unit's versions and its wizard, the department's
 * queue (待主管部门审核) and the bureau's (待人社部门审批) — the server scopes the list and says
 * in each row's `actions` what this user may do.
 */
export function PostPlansPage() {
  const me = useMe();
  const table = useServerList(filterKeys, plainFilters<PostPlanFilters>, listPostPlans);
  const { query, filters, setFilter } = table;
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState<PostPlan | 'new' | null>(null);
  const drafts = hasPermission(me, 'posts.plan');

  return (
    <>
      <PageHeader
        title="岗位设置"
        description={
          drafts
            ? '本单位的岗位设置方案：填写各类岗位和各等级岗位数，检查通过后报主管部门审核、人社部门审批。'
            : '审核、审批所属单位的岗位设置方案；按状态筛选即为待办队列。'
        }
        extra={
          <Flex gap={8} wrap>
            {drafts ? (
              <>
                <Link to="/post-board">
                  <Button>岗位看板</Button>
                </Link>
                <Button type="primary" onClick={() => setEditing('new')} data-testid="plan-new">
                  新建方案
                </Button>
              </>
            ) : null}
            <ExportButton path={postPlansExportPath} query={filters} fileName="岗位设置方案一览表.xlsx" />
          </Flex>
        }
      />
      <ServerTable<PostPlan>
        table={table}
        toolbar={<ListFilters values={query.filters} onChange={setFilter} filters={filterControls} />}
        columns={columns(query.sort, (plan) => setOpen(plan.id))}
        scrollX={1150}
        emptyText={drafts ? '尚无岗位设置方案，请新建' : '没有符合条件的方案'}
        testId="post-plans"
      />
      <PostPlanDrawer
        id={open}
        onClose={() => setOpen(null)}
        onChanged={table.list.reload}
        onEdit={(plan) => {
          setOpen(null);
          setEditing(plan);
        }}
      />
      <PostPlanWizard subject={editing} onClose={() => setEditing(null)} onChanged={table.list.reload} />
    </>
  );
}
