import { Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { ApplicationSummary } from '../../api/applications';
import { ApplicationStateTag } from '../../components/application-state-tag';
import { sortedTimeColumn } from '../../lib/time-columns';
import { sortOrderOf } from '../../lib/use-table-query';

/** The eligibility the system found at filing, as reviewers filter by it (资格审查). */
export function EligibleTag({ eligible }: { eligible: boolean }) {
  return <Tag color={eligible ? 'success' : 'error'}>{eligible ? '符合' : '不符合'}</Tag>;
}

/** The end of the publicity under way (the later one for dispatched staff), or nothing. */
function publicityEnd(row: ApplicationSummary): string | null {
  if (row.state === 'unit-publicity') return row.unitPublicityEndsOn;
  if (row.state === 'dispatch-publicity') return row.dispatchPublicityEndsOn;
  return null;
}

/**
 * The columns of an application list; sortable ones follow the server's `sort`. The applicant's own list
 * leaves out who and where, which are always themselves.
 */
export function applicationColumns(
  sort: string | undefined,
  options: { forApplicant?: boolean } = {},
): ColumnsType<ApplicationSummary> {
  const who: ColumnsType<ApplicationSummary> = options.forApplicant
    ? []
    : [
        {
          title: '姓名',
          dataIndex: 'personName',
          key: 'name',
          sorter: true,
          sortOrder: sortOrderOf(sort, 'name'),
          width: 90,
        },
        {
          title: '工作单位',
          dataIndex: 'employerName',
          key: 'employer',
          width: 200,
          ellipsis: { showTitle: true },
        },
      ];
  return [
    {
      title: '申报编号',
      dataIndex: 'number',
      key: 'number',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'number'),
      width: 170,
      render: (number: string, row) => (
        <Link to={`/applications/${row.id}`} aria-label={`查看申报 ${number}`}>
          {number}
        </Link>
      ),
    },
    ...who,
    {
      title: '申报资格',
      dataIndex: 'title',
      key: 'title',
      width: 200,
      render: (title: string, row) => (
        <Tooltip title={`${row.seriesName} · ${row.levelName}`}>
          <span>{title}</span>
        </Tooltip>
      ),
    },
    { title: '申报途径', dataIndex: 'pathwayName', key: 'pathway', width: 100 },
    {
      title: '资格审查',
      dataIndex: 'eligible',
      key: 'eligible',
      width: 90,
      render: (eligible: boolean) => <EligibleTag eligible={eligible} />,
    },
    {
      title: '状态',
      key: 'state',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'state'),
      width: 210,
      render: (_, row) => {
        const ends = publicityEnd(row);
        return (
          <div>
            <ApplicationStateTag state={row.state} name={row.stateName} />
            {ends ? (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                公示至 {ends}
              </Typography.Text>
            ) : null}
          </div>
        );
      },
    },
    sortedTimeColumn(sort, '提交时间', 'submittedAt', 140),
    sortedTimeColumn(sort, '更新时间', 'updatedAt', 140),
    {
      title: '操作',
      key: 'open',
      fixed: 'right',
      width: 80,
      render: (_, row) => <Link to={`/applications/${row.id}`}>查看</Link>,
    },
  ];
}
