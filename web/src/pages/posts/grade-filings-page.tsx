import { Button, Flex, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { GRADE_FILING_STATE_NAMES } from '../../../../src/domain/posts/grade-filing-workflow';
import {
  type GradeFiling,
  type GradeFilingFilters,
  gradeFilingsExportPath,
  listGradeFilings,
} from '../../api/posts';
import { ExportButton } from '../../components/export-button';
import { type ListFilter, ListFilters } from '../../components/list-filters';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { actionsColumn } from '../../lib/actions-column';
import { optionsOf } from '../../lib/labels';
import { sortedTimeColumn } from '../../lib/time-columns';
import { plainFilters, useServerList } from '../../lib/use-server-list';
import { hasPermission } from '../../session/access';
import { useMe } from '../../session/session-context';
import { GradeFilingDrawer } from './grade-filing-drawer';
import { GradeFilingForm } from './grade-filing-form';

const filterKeys = ['state'] as const;

const filterControls: ListFilter<(typeof filterKeys)[number]>[] = [
  {
    select: 'state',
    options: optionsOf(GRADE_FILING_STATE_NAMES),
    placeholder: '全部状态',
    label: '按备案状态筛选',
    width: 220,
  },
];

const stateColours: Record<string, string> = {
  draft: 'default',
  communicated: 'processing',
  acknowledged: 'blue',
  reported: 'processing',
  approved: 'success',
  returned: 'error',
};

/** The step a row's button names: what this user may do with the filing now, else 详情. */
function stepName(f: GradeFiling): string {
  if (f.actions.acknowledge) return '答复';
  if (f.actions.approve) return '核准';
  if (f.actions.report) return '评后报告';
  if (f.actions.edit || f.actions.communicate) return '修改';
  return '详情';
}

function columns(sort: string | undefined, open: (f: GradeFiling) => void): ColumnsType<GradeFiling> {
  return [
    { title: '单位', dataIndex: ['unit', 'name'], key: 'unit', width: 220 },
    { title: '评定等级', dataIndex: 'targetGradeName', key: 'grade', width: 140 },
    {
      title: '状态',
      key: 'state',
      width: 200,
      render: (_, f) => (
        <Tag color={stateColours[f.state] ?? 'default'} data-testid="filing-state">
          {f.stateName}
        </Tag>
      ),
    },
    {
      title: '参评 / 通过',
      key: 'candidates',
      width: 110,
      render: (_, f) => `${f.candidates.length} / ${f.candidates.filter((c) => c.passed).length}`,
    },
    { title: '拟聘用日期', dataIndex: 'plannedDate', key: 'plannedDate', width: 110 },
    {
      title: '核准文号',
      dataIndex: 'approvalDocument',
      key: 'doc',
      width: 170,
      render: (v: string | null) => v ?? '—',
    },
    sortedTimeColumn<GradeFiling>(sort, '更新时间', 'updatedAt', 150),
    actionsColumn(100, (f) => (
      <Button type="link" size="small" onClick={() => open(f)}>
        {stepName(f)}
      </Button>
    )),
  ];
}

/**
 * 二级岗位评审 (liaoyang-2023 §十五, 2025 #23; Jilin 二(三) grades 3 and 2): the unit's filings
 * with the provincial HR bureau and its form, and the bureau's queues (待答复, 待核准) — the
 * server scopes the list and says in each row's `actions` what this user may do.
 */
export function GradeFilingsPage() {
  const me = useMe();
  const table = useServerList(filterKeys, plainFilters<GradeFilingFilters>, listGradeFilings);
  const { query, filters, setFilter } = table;
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState<GradeFiling | 'new' | null>(null);
  const drafts = hasPermission(me, 'posts.plan');

  return (
    <>
      <PageHeader
        title="二级岗位评审"
        description={
          drafts
            ? '在二级岗位空余数额内按标准条件自行评定：评前向省人社厅沟通参评人员、数额和标准，评后报告结果，经备案核准后方可聘用。'
            : '答复所辖单位的评前沟通，核准评后报告；按状态筛选即为待办队列。'
        }
        extra={
          <Flex gap={8} wrap>
            {drafts ? (
              <Button type="primary" onClick={() => setEditing('new')} data-testid="filing-new">
                新建评定备案
              </Button>
            ) : null}
            <ExportButton path={gradeFilingsExportPath} query={filters} fileName="岗位评定备案登记表.xlsx" />
          </Flex>
        }
      />
      <ServerTable<GradeFiling>
        table={table}
        toolbar={<ListFilters values={query.filters} onChange={setFilter} filters={filterControls} />}
        columns={columns(query.sort, (f) => setOpen(f.id))}
        scrollX={1100}
        emptyText={drafts ? '尚无岗位评定备案' : '没有符合条件的备案'}
        testId="grade-filings"
      />
      <GradeFilingDrawer
        id={open}
        onClose={() => setOpen(null)}
        onChanged={table.list.reload}
        onEdit={(f) => {
          setOpen(null);
          setEditing(f);
        }}
      />
      <GradeFilingForm
        subject={editing}
        onClose={() => setEditing(null)}
        onSaved={(f) => {
          setEditing(null);
          table.list.reload();
          setOpen(f.id);
        }}
      />
    </>
  );
}
