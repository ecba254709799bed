import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { errorMessage } from '../../api/client';
import { fetchCommittees } from '../../api/committees';
import { type ExpertRow, listExperts, removeFromPool } from '../../api/experts';
import { fetchRegions, type Region } from '../../api/reference';
import { ListFilters } from '../../components/list-filters';
import { ListTable } from '../../components/list-table';
import { PageHeader } from '../../components/page-header';
import { ReloadButton } from '../../components/reload-button';
import { levelOrder } from '../../lib/labels';
import { byText, type Comparators, useLocalRows } from '../../lib/use-local-rows';
import { useModalSwitch, useModalTarget } from '../../lib/use-modal-target';
import { useRequest } from '../../lib/use-request';
import { type TableQuery, useTableQuery } from '../../lib/use-table-query';
import { hasRole } from '../../session/access';
import { useMe } from '../../session/session-context';
import { ownCommittees } from '../review-sessions/own-committees';
import { AccountModal } from './account-modal';
import { expertColumns } from './expert-columns';
import { ExpertFormModal } from './expert-form-modal';
import { PoolModal } from './pool-modal';
import { RelationModal } from './relation-modal';

const filterKeys = ['q', 'committee', 'year', 'specialty'] as const;

function matches(row: ExpertRow, filters: TableQuery<(typeof filterKeys)[number]>['filters']) {
  if (filters.specialty && row.specialty !== filters.specialty) return false;
  const q = filters.q?.trim();
  return !q || row.name.includes(q) || row.unitName.includes(q) || row.specialty.includes(q);
}

const comparators: Comparators<ExpertRow> = {
  name: (a, b) => byText(a.name, b.name),
  level: (a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level) || byText(a.series, b.series),
  specialty: (a, b) => byText(a.specialty, b.specialty),
  termTo: (a, b) => byText(a.termTo, b.termTo),
};

/** Every region of the tree by code, for naming an expert's region. */
function regionNames(tree: readonly Region[], into = new Map<string, string>()): Map<string, string> {
  for (const region of tree) {
    into.set(region.code, region.name);
    if (region.children) regionNames(region.children, into);
  }
  return into;
}

/** Pool years from next year's (being prepared) back to the system's first. */
const thisYear = new Date().getFullYear();
const yearOptions = Array.from({ length: thisYear + 2 - 2020 }, (_, i) => thisYear + 1 - i).map((year) => ({
  value: String(year),
  label: `${year}年度`,
}));

/**
 * 评审专家库: the registered experts, or one committee's pool for a year (with the specialty groups
 * the draw is stratified by); register experts, keep the pool, and record declared relations.
 */
export function ExpertsPage() {
  const me = useMe();
  const { message } = App.useApp();
  const keepsPools = hasRole(me, 'committee-office');
  const committees = useRequest(() => fetchCommittees(), []);
  const regions = useRequest(() => fetchRegions(), []);
  const committeeOptions = useMemo(() => {
    const all = committees.data ?? [];
    return keepsPools ? ownCommittees(me, all) : all;
  }, [committees.data, keepsPools, me]);

  const table = useTableQuery(filterKeys);
  const { query, setFilter } = table;
  const committeeId = query.filters.committee;
  const year = query.filters.year ? Number(query.filters.year) : undefined;
  const pool = Boolean(committeeId && year);
  const list = useRequest(
    (signal) => listExperts(pool ? { committeeId, year } : {}, signal),
    [pool, committeeId, year],
  );
  const shown = useLocalRows(list, table, matches, comparators);

  const registering = useModalSwitch(list.reload);
  const pooling = useModalTarget<ExpertRow>(list.reload);
  const relating = useModalTarget<ExpertRow>(list.reload);
  const opening = useModalTarget<ExpertRow>(list.reload);
  const names = useMemo(() => regionNames(regions.data ?? []), [regions.data]);
  const specialties = useMemo(
    () =>
      [...new Set((list.data ?? []).map((e) => e.specialty))]
        .sort((a, b) => byText(a, b))
        .map((value) => ({ value, label: value })),
    [list.data],
  );

  const columns = expertColumns(query.sort, {
    today: dayjs().format('YYYY-MM-DD'),
    regionName: (code) => names.get(code) ?? code,
    pool,
    keepsPools,
    addToPool: pooling.open,
    removeFromPool: async (row) => {
      if (!committeeId || !year) return;
      try {
        await removeFromPool(committeeId, year, row.id);
        message.success(`已将 ${row.name} 移出 ${year} 年度专家库`);
        list.reload();
      } catch (error) {
        message.error(errorMessage(error));
      }
    },
    declareRelation: relating.open,
    openAccount: opening.open,
  });

  return (
    <>
      <PageHeader
        title="评审专家库"
        description="登记评审专家（聘期不超过3年），按评委会和年度维护专家库及专业组，登记专家的利害关系人；抽取专家时据此自动回避。"
        extra={
          <>
            <ReloadButton request={list} />
            <Button type="primary" icon={<PlusOutlined />} onClick={registering.open}>
              登记专家
            </Button>
          </>
        }
      />
      <ListTable<ExpertRow>
        toolbar={
          <ListFilters
            values={query.filters}
            onChange={setFilter}
            filters={[
              { search: 'q', placeholder: '姓名 / 单位 / 专业' },
              {
                select: 'committee',
                options: committeeOptions.map((c) => ({ value: c.id, label: c.name })),
                placeholder: '全部评委会',
                label: '按评委会筛选',
                width: 320,
              },
              { select: 'year', options: yearOptions, placeholder: '年度', label: '按年度筛选', width: 120 },
              {
                select: 'specialty',
                options: specialties,
                placeholder: '全部专业',
                label: '按专业筛选',
                width: 150,
              },
            ]}
          />
        }
        banner={
          committeeId && !year ? (
            <Alert
              type="info"
              showIcon
              title="选择年度后显示该评委会的年度专家库"
              style={{ marginBottom: 12 }}
            />
          ) : null
        }
        {...shown}
        columns={columns}
        scrollX={1540}
        emptyText={pool ? '该评委会本年度专家库为空' : '没有符合条件的专家'}
        testId="experts-table"
      />
      <ExpertFormModal open={registering.isOpen} onClose={registering.close} onSaved={registering.saved} />
      <PoolModal
        expert={pooling.target}
        committees={committeeOptions}
        defaults={{ committeeId, year }}
        onClose={pooling.close}
      />
      <AccountModal expert={opening.target} onClose={opening.close} />
      <RelationModal expert={relating.target} onClose={relating.close} />
    </>
  );
}
