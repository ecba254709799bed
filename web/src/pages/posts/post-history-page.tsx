import { Button, Card, Grid, List, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { type Appointment, fetchPostHistory } from '../../api/posts';
import { RecordPending } from '../../components/detail-drawer';
import { PageHeader } from '../../components/page-header';
import { WholeTable } from '../../components/whole-table';
import { useRequest } from '../../lib/use-request';
import { AppointmentDrawer } from './appointment-drawer';
import { AppointmentStateTag } from './appointment-labels';

const period = (a: Appointment) => `${a.startDate} 至 ${a.endDate ?? '今'}`;

function columns(open: (a: Appointment) => void): ColumnsType<Appointment> {
  return [
    { title: '起始日期', dataIndex: 'startDate', key: 'startDate', width: 110 },
    { title: '终止日期', key: 'endDate', width: 110, render: (_, a) => a.endDate ?? '—' },
    { title: '单位', dataIndex: ['unit', 'name'], key: 'unit', width: 200 },
    { title: '聘用类型', dataIndex: 'kindName', key: 'kind', width: 140 },
    { title: '岗位等级', dataIndex: 'gradeName', key: 'grade', width: 120 },
    {
      title: '状态',
      key: 'state',
      width: 140,
      render: (_, a) => <AppointmentStateTag state={a.state} name={a.stateName} />,
    },
    { title: '文号', key: 'document', width: 180, render: (_, a) => a.approvalDocument ?? '—' },
    {
      title: '操作',
      key: 'open',
      width: 70,
      render: (_, a) => (
        <Button type="link" size="small" onClick={() => open(a)}>
          详情
        </Button>
      ),
    },
  ];
}

/**
 * 个人岗位聘用经历: a person's appointments in the order they began — kind, grade, dates, state and
 * document number — as far as this user may see them (the unit its own, the department and the bureau
 * those of their units once proposed). On a phone each appointment is a card rather than a wide row.
 */
export function PostHistoryPage() {
  const { personId = '' } = useParams();
  const phone = !Grid.useBreakpoint().md;
  const history = useRequest((signal) => fetchPostHistory(personId, signal), [personId]);
  const [open, setOpen] = useState<string | null>(null);
  const rows = history.data;
  const name = rows?.[0]?.person.name;

  return (
    <>
      <PageHeader
        title={name ? `聘用经历：${name}` : '聘用经历'}
        description="专业技术岗位的历次聘用，按起始日期排列；已备案的聘用计入岗位看板。"
        extra={
          <Link to={`/appointments?personId=${encodeURIComponent(personId)}`}>
            <Button>在聘用管理中查看</Button>
          </Link>
        }
      />
      {!rows ? (
        <RecordPending
          error={history.error}
          missingTitle="人员不存在或不在本辖区"
          failedTitle="加载失败"
          rows={4}
        />
      ) : rows.length === 0 ? (
        <Card>
          <Typography.Text type="secondary">尚无聘用记录</Typography.Text>
        </Card>
      ) : phone ? (
        <List
          dataSource={rows}
          data-testid="post-history"
          renderItem={(a) => (
            <Card
              size="small"
              style={{ marginBottom: 8 }}
              data-testid="post-history-row"
              onClick={() => setOpen(a.id)}
            >
              <Typography.Text strong>
                {a.gradeName}（{a.kindName}）
              </Typography.Text>
              <div>{period(a)}</div>
              <div>
                <AppointmentStateTag state={a.state} name={a.stateName} /> {a.approvalDocument ?? ''}
              </div>
              <Typography.Text type="secondary">{a.unit.name}</Typography.Text>
            </Card>
          )}
        />
      ) : (
        <Card>
          <WholeTable<Appointment>
            rowKey="id"
            dataSource={rows}
            columns={columns((a) => setOpen(a.id))}
            scroll={{ x: 1070 }}
            data-testid="post-history"
            onRow={() => ({ 'data-testid': 'post-history-row' }) as React.HTMLAttributes<HTMLElement>}
          />
        </Card>
      )}
      <AppointmentDrawer id={open} onClose={() => setOpen(null)} onChanged={history.reload} />
    </>
  );
}
