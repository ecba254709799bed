import { Card, Descriptions, Empty, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { Recusal, Seat, SessionDetail } from '../../api/review';
import { WholeTable } from '../../components/whole-table';
import { levelNames, nameOf } from '../../lib/labels';
import { recusalSourceNames, seatRoleNames } from './session-labels';

const attendanceTags = {
  present: <Tag color="success">到会</Tag>,
  absent: <Tag color="default">缺席</Tag>,
};

const seatColumns: TableColumnsType<Seat> = [
  { title: '专业组', dataIndex: 'group', width: 130 },
  {
    title: '席位',
    key: 'seat',
    width: 90,
    render: (_, seat) => (
      <Tag color={seat.role === 'member' ? 'blue' : 'default'}>
        {seatRoleNames[seat.role]}
        {seat.order}
      </Tag>
    ),
  },
  { title: '姓名', dataIndex: 'name', width: 100 },
  { title: '工作单位', dataIndex: 'unitName', ellipsis: { showTitle: true } },
  { title: '职称层级', dataIndex: 'level', width: 90, render: (level: string) => nameOf(levelNames, level) },
  { title: '专业', dataIndex: 'specialty', width: 110 },
  {
    title: '民营企业',
    dataIndex: 'privateSector',
    width: 90,
    render: (yes: boolean) => (yes ? <Tag color="purple">民营</Tag> : '—'),
  },
  {
    title: '出席',
    dataIndex: 'attendance',
    width: 80,
    render: (attendance: Seat['attendance']) =>
      attendance ? attendanceTags[attendance] : <Typography.Text type="secondary">待点名</Typography.Text>,
  },
];

const recusalColumns: TableColumnsType<Recusal> = [
  {
    title: '事项编号',
    dataIndex: 'code',
    width: 90,
    render: (code: string | null) => (code ? <Typography.Text code>{code}</Typography.Text> : '—'),
  },
  { title: '回避专家', dataIndex: 'expertName', width: 100, render: (name: string | null) => name ?? '—' },
  { title: '回避原因', dataIndex: 'reasonName', width: 150 },
  {
    title: '说明',
    dataIndex: 'detail',
    render: (detail: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{detail}</span>,
  },
  {
    title: '来源',
    dataIndex: 'source',
    width: 120,
    render: (source: string) => recusalSourceNames[source] ?? source,
  },
];

/** Members first, by group and seat order; then the alternates. */
function seatOrder(a: Seat, b: Seat): number {
  return (
    a.group.localeCompare(b.group, 'zh-CN') ||
    (a.role === b.role ? 0 : a.role === 'member' ? -1 : 1) ||
    a.order - b.order
  );
}

/** 专家组: the drawn panel with attendance after the roll call, and every recusal with its reason. */
export function PanelTab({ detail }: { detail: SessionDetail }) {
  const { voting, seats, recusals } = detail;
  if (seats.length === 0)
    return <Empty description="尚未抽取专家：公布抽取种子后，按种子抽取各专业组的委员与替补" />;
  const members = seats.filter((s) => s.role === 'member').length;
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="委员">{members} 人</Descriptions.Item>
        <Descriptions.Item label="替补">{seats.length - members} 人</Descriptions.Item>
        <Descriptions.Item label="法定人数">
          {voting.quorumRequired === null ? '点名时确定' : `${voting.quorumRequired} 人`}
        </Descriptions.Item>
        <Descriptions.Item label="到会">
          {voting.attending === null ? '尚未点名' : `${voting.attending} 人`}
        </Descriptions.Item>
      </Descriptions>
      <WholeTable<Seat>
        rowKey="expertId"
        columns={seatColumns}
        dataSource={[...seats].sort(seatOrder)}
        scroll={{ x: 900 }}
        data-testid="seats-table"
      />
      <Card size="small" title={`回避记录（${recusals.length}）`} style={{ marginTop: 16 }}>
        <Table<Recusal>
          rowKey={(r) => `${r.expertId}|${r.applicationId}|${r.reason}`}
          size="small"
          columns={recusalColumns}
          dataSource={recusals}
          pagination={recusals.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 760 }}
          locale={{ emptyText: '没有回避记录' }}
          data-testid="recusals-table"
        />
      </Card>
    </>
  );
}
