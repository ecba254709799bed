import { Button, Flex, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { findSeries } from '../../../../src/domain/catalogue/series';
import type { ExpertRow } from '../../api/experts';
import { ConfirmLink } from '../../components/confirm-link';
import { actionsColumn } from '../../lib/actions-column';
import { sortOrderOf } from '../../lib/use-table-query';

interface Actions {
  /** Today as `YYYY-MM-DD`, to mark terms that have ended. */
  today: string;
  /** Region code → name. */
  regionName: (code: string) => string;
  /** The list is one committee's pool: the group column and removal appear. */
  pool: boolean;
  /** The user keeps committee pools (the committee office). */
  keepsPools: boolean;
  addToPool: (row: ExpertRow) => void;
  removeFromPool: (row: ExpertRow) => Promise<void>;
  declareRelation: (row: ExpertRow) => void;
  openAccount: (row: ExpertRow) => void;
}

/** The columns of the expert registry; sortable ones sort in the browser, kept in the address bar. */
export function expertColumns(sort: string | undefined, actions: Actions): TableColumnsType<ExpertRow> {
  const { today, pool } = actions;
  return [
    {
      title: '姓名',
      dataIndex: 'name',
      key: 'name',
      width: 100,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'name'),
    },
    {
      title: '系列与层级',
      key: 'level',
      width: 170,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'level'),
      render: (_, row) => `${findSeries(row.series)?.name ?? row.series} · ${row.levelName}`,
    },
    {
      title: '专业',
      dataIndex: 'specialty',
      key: 'specialty',
      width: 120,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'specialty'),
    },
    ...(pool ? [{ title: '专业组', dataIndex: 'group', key: 'group', width: 120 }] : []),
    { title: '工作单位', dataIndex: 'unitName', key: 'unit', width: 220, ellipsis: { showTitle: true } },
    {
      title: '地区',
      dataIndex: 'regionCode',
      key: 'region',
      width: 110,
      render: (code: string) => actions.regionName(code),
    },
    {
      title: '民营',
      dataIndex: 'privateSector',
      key: 'private',
      width: 70,
      render: (yes: boolean) => (yes ? <Tag color="purple">民营</Tag> : '—'),
    },
    {
      title: '聘期',
      // The key is what the header's click sorts by: the end of the term.
      key: 'termTo',
      width: 200,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'termTo'),
      render: (_, row) => (
        <span>
          {row.termFrom} 至 {row.termTo}
          {row.termTo < today ? (
            <Tag color="error" style={{ marginInlineStart: 6 }}>
              已届满
            </Tag>
          ) : null}
        </span>
      ),
    },
    {
      title: '专家端',
      dataIndex: 'hasAccount',
      key: 'account',
      width: 90,
      render: (yes: boolean) =>
        yes ? (
          <Tag color="success">已开通</Tag>
        ) : (
          <Tooltip title="尚未关联登录账号，不能使用专家端评分和投票">
            <Tag>未开通</Tag>
          </Tooltip>
        ),
    },
    {
      title: '申明关系',
      key: 'relations',
      width: 180,
      render: (_, row) =>
        row.relations.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex gap={4} wrap>
            {row.relations.map((r) => (
              <Tag key={`${r.kind}|${r.personName}`}>
                {r.personName}（{r.kindName}）
              </Tag>
            ))}
          </Flex>
        ),
    },
    actionsColumn(300, (row) => (
      <Flex gap={4} wrap>
        {actions.keepsPools && !pool ? (
          <Button type="link" size="small" onClick={() => actions.addToPool(row)}>
            纳入专家库
          </Button>
        ) : null}
        {actions.keepsPools && pool ? (
          <ConfirmLink
            title={`将 ${row.name} 移出专家库？`}
            description="移出后不再参加本年度的抽取"
            okText="移出"
            danger
            onConfirm={() => actions.removeFromPool(row)}
          >
            移出专家库
          </ConfirmLink>
        ) : null}
        <Button type="link" size="small" onClick={() => actions.declareRelation(row)}>
          登记关系
        </Button>
        {row.hasAccount ? null : (
          <Button type="link" size="small" onClick={() => actions.openAccount(row)}>
            开通专家端
          </Button>
        )}
      </Flex>
    )),
  ];
}
