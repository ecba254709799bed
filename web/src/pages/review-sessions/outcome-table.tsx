import { type TableColumnsType, Typography } from 'antd';
import type { PreviewOutcome } from '../../api/review';
import { CitationTag } from '../../components/citation-tag';
import { WholeTable } from '../../components/whole-table';
import { nameOf } from '../../lib/labels';
import { OutcomeTag } from './agenda-tab';
import { outcomeNames } from './session-labels';

const columns: TableColumnsType<PreviewOutcome> = [
  {
    title: '编号',
    dataIndex: 'code',
    width: 80,
    render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
  },
  { title: '姓名', dataIndex: 'personName', width: 90 },
  { title: '到会', dataIndex: 'attending', width: 60, align: 'right' },
  { title: '通过需同意', dataIndex: 'required', width: 100, align: 'right' },
  { title: '同意', key: 'agree', width: 60, align: 'right', render: (_, o) => o.counts.agree },
  { title: '不同意', key: 'disagree', width: 70, align: 'right', render: (_, o) => o.counts.disagree },
  { title: '弃权', key: 'abstain', width: 60, align: 'right', render: (_, o) => o.counts.abstain },
  {
    title: '排名',
    dataIndex: 'rank',
    width: 60,
    align: 'right',
    render: (rank: number | null) => rank ?? '—',
  },
  {
    title: '结果',
    key: 'outcome',
    width: 120,
    render: (_, o) => <OutcomeTag passed={o.passed} label={nameOf(outcomeNames, o.outcome)} />,
  },
  {
    title: '说明',
    key: 'reason',
    render: (_, o) => (
      <>
        <span>{o.reason}</span>
        {o.citation ? (
          <span style={{ marginInlineStart: 6 }}>
            <CitationTag citation={o.citation} />
          </span>
        ) : null}
      </>
    ),
  },
];

/** The outcome of each application in one pass-rate group: counts, threshold, rank and why. */
export function OutcomeTable({ outcomes }: { outcomes: PreviewOutcome[] }) {
  const sorted = [...outcomes].sort(
    (a, b) =>
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      a.code.localeCompare(b.code),
  );
  return (
    <WholeTable<PreviewOutcome>
      rowKey="applicationId"
      columns={columns}
      dataSource={sorted}
      scroll={{ x: 960 }}
      data-testid="outcome-table"
    />
  );
}
