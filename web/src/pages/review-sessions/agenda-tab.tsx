import { Descriptions, Flex, List, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { AgendaItem, SessionDetail } from '../../api/review';
import { ApplicationStateTag } from '../../components/application-state-tag';
import { nameOf } from '../../lib/labels';
import { pathwayNames } from '../../lib/policy-labels';
import { formatDateTime } from '../../lib/time';
import { byText } from '../../lib/use-local-rows';
import { outcomeNames } from './session-labels';

/** A result's tag: passed green, not passed red. */
export function OutcomeTag({ passed, label }: { passed: boolean; label?: string }) {
  return (
    <Tag color={passed ? 'success' : 'error'} style={{ marginInlineEnd: 0 }} data-testid="outcome">
      {label ?? (passed ? '通过' : '未通过')}
    </Tag>
  );
}

function columns(voters: number): TableColumnsType<AgendaItem> {
  return [
    {
      title: '编号',
      dataIndex: 'code',
      width: 80,
      fixed: 'left',
      sorter: (a, b) => byText(a.code, b.code),
      defaultSortOrder: 'ascend',
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: '姓名',
      dataIndex: 'personName',
      width: 90,
      sorter: (a, b) => byText(a.personName, b.personName),
      render: (name: string, row) => <Link to={`/applications/${row.applicationId}`}>{name}</Link>,
    },
    { title: '工作单位', dataIndex: 'employerName', width: 170, ellipsis: { showTitle: true } },
    {
      title: '申报资格',
      dataIndex: 'title',
      width: 170,
      render: (title: string, row) => (
        <div>
          {title}
          {row.pathwayName !== pathwayNames.regular ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {row.pathwayName}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: '专业组',
      dataIndex: 'group',
      width: 100,
      render: (group: string, row) => (
        <>
          {group}
          {row.greenChannel ? <Tag color="green">绿色通道</Tag> : null}
        </>
      ),
    },
    {
      title: '答辩',
      key: 'defence',
      width: 140,
      render: (_, row) =>
        row.defenceAt ? (
          <div>
            {formatDateTime(row.defenceAt)}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {row.defencePlace}
            </Typography.Text>
          </div>
        ) : (
          <Typography.Text type="secondary">未安排</Typography.Text>
        ),
    },
    {
      title: '初审评分',
      key: 'score',
      width: 100,
      align: 'right',
      sorter: (a, b) => (a.averageScore ?? -1) - (b.averageScore ?? -1),
      render: (_, row) =>
        row.averageScore === null ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <span title={`${row.scoreCount} 位专家评分的平均分`}>
            {row.averageScore}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              （{row.scoreCount}）
            </Typography.Text>
          </span>
        ),
    },
    {
      title: '已投票',
      dataIndex: 'ballotsCast',
      width: 90,
      align: 'right',
      render: (cast: number) => (voters > 0 ? `${cast} / ${voters}` : cast),
    },
    {
      title: '同意/不同意/弃权',
      key: 'tally',
      width: 130,
      align: 'center',
      render: (_, row) =>
        row.tally ? `${row.tally.agree} / ${row.tally.disagree} / ${row.tally.abstain}` : '—',
    },
    {
      title: '结果',
      key: 'result',
      width: 130,
      fixed: 'right',
      render: (_, row) =>
        row.result ? (
          <OutcomeTag passed={row.result.passed} label={nameOf(outcomeNames, row.result.outcome)} />
        ) : (
          <ApplicationStateTag state={row.state} name={row.stateName} />
        ),
    },
  ];
}

/** The experts' comments and the deliberation note of one application, under its row. */
function ItemComments({ item }: { item: AgendaItem }) {
  return (
    <Flex vertical gap={8} style={{ paddingInlineStart: 8 }}>
      {item.deliberationNote ? (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="合议意见">
            <span style={{ whiteSpace: 'pre-wrap' }}>{item.deliberationNote}</span>
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      <List
        size="small"
        header={<Typography.Text strong>初审评分与意见</Typography.Text>}
        dataSource={item.comments}
        locale={{ emptyText: '尚无专家评分' }}
        renderItem={(comment) => (
          <List.Item>
            <Typography.Text strong style={{ minWidth: 80 }}>
              {comment.expertName}
            </Typography.Text>
            <Tag color="blue">{comment.score} 分</Tag>
            <span style={{ flex: 1, whiteSpace: 'pre-wrap' }}>{comment.comment}</span>
          </List.Item>
        )}
      />
    </Flex>
  );
}

/** 议程: the applications under review, their codes, defence, initial scores, ballots and results. */
export function AgendaTab({ detail }: { detail: SessionDetail }) {
  const voters = detail.voting.attending ?? 0;
  return (
    <Table<AgendaItem>
      rowKey="applicationId"
      size="middle"
      columns={columns(voters)}
      dataSource={detail.agenda}
      pagination={detail.agenda.length > 20 ? { pageSize: 20, showSizeChanger: true } : false}
      scroll={{ x: 1250 }}
      expandable={{
        expandedRowRender: (item) => <ItemComments item={item} />,
        rowExpandable: (item) => item.comments.length > 0 || Boolean(item.deliberationNote),
      }}
      locale={{ emptyText: '议程为空：请「编排议程」，将已受理的申报列入会议' }}
      data-testid="agenda-table"
    />
  );
}
