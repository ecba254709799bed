import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ComplaintAction, ComplaintRow } from '../../api/integrity';
import { actionsColumn } from '../../lib/actions-column';
import { timeColumn } from '../../lib/time-columns';

/** What a row's action buttons do; each is offered only when the server lists it for the row. */
export type ComplaintActionHandler = (complaint: ComplaintRow, action: ComplaintAction) => void;

/** The complaint table's columns: who, about what, where, and how it was handled. */
export function complaintColumns(act: ComplaintActionHandler): ColumnsType<ComplaintRow> {
  return [
    {
      title: '受理编号',
      dataIndex: 'reference',
      key: 'reference',
      width: 215,
      render: (reference: string) => (
        <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
          {reference}
        </Typography.Text>
      ),
    },
    {
      title: '投诉举报人',
      key: 'complainant',
      width: 150,
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <span>{c.complainantName}</span>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace' }}>
            {c.phoneMasked}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '受理地区', dataIndex: 'regionName', key: 'regionName', width: 170, ellipsis: true },
    {
      title: '事项',
      key: 'subject',
      render: (_, c) => (
        <Tooltip title={<span style={{ whiteSpace: 'pre-wrap' }}>{c.content}</span>}>
          <span>{c.subject}</span>
        </Tooltip>
      ),
    },
    timeColumn('收到时间', 'submittedAt', 140),
    {
      title: '状态',
      key: 'status',
      width: 150,
      render: (_, c) => (
        <Space size={4} wrap>
          <Tag color={c.status === 'open' ? 'orange' : 'green'}>{c.statusName}</Tag>
          {c.malicious ? (
            <Tooltip title={c.sanction ? `处理措施：${c.sanction}` : undefined}>
              <Tag color="red">恶意举报</Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    {
      title: '处理结果',
      dataIndex: 'outcome',
      key: 'outcome',
      width: 200,
      ellipsis: { showTitle: true },
      render: (outcome: string | null) => outcome ?? '—',
    },
    actionsColumn(170, (c) =>
      c.actions.length === 0 ? (
        '—'
      ) : (
        <Space size={0} wrap>
          {c.actions.includes('resolve') ? (
            <Button type="link" size="small" onClick={() => act(c, 'resolve')}>
              处理
            </Button>
          ) : null}
          {c.actions.includes('flag-malicious') ? (
            <Button type="link" size="small" danger onClick={() => act(c, 'flag-malicious')}>
              标记恶意举报
            </Button>
          ) : null}
        </Space>
      ),
    ),
  ];
}
