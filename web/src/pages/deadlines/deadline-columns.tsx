import { Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DeadlineRow, DeadlineStatus } from '../../api/deadlines';
import { ConfirmLink } from '../../components/confirm-link';
import { actionsColumn } from '../../lib/actions-column';
import { formatDateTime } from '../../lib/time';

export const deadlineStatusNames: Record<DeadlineStatus, string> = {
  failed: '已失败',
  pending: '待处理',
  done: '已完成',
};

const statusColors: Record<DeadlineStatus, string> = { failed: 'red', pending: 'blue', done: 'green' };

/** The deadline table's columns; a failed row offers 重试. */
export function deadlineColumns(retry: (row: DeadlineRow) => Promise<void>): ColumnsType<DeadlineRow> {
  return [
    { title: '编号', dataIndex: 'id', key: 'id', width: 80 },
    {
      title: '类型',
      key: 'kind',
      width: 170,
      render: (_, row) => (
        <Tooltip title={row.kind}>
          <span>{row.kindName}</span>
        </Tooltip>
      ),
    },
    { title: '期限', dataIndex: 'dueOn', key: 'dueOn', width: 110 },
    {
      title: '事项',
      key: 'subject',
      ellipsis: true,
      render: (_, row) => (
        <Tooltip title={row.subjectId}>
          <span>{row.subject ?? row.subjectId}</span>
        </Tooltip>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 210,
      render: (_, row) => (
        <>
          <Tag color={statusColors[row.status]}>{deadlineStatusNames[row.status]}</Tag>
          <Typography.Text type="secondary">
            {formatDateTime(row.status === 'failed' ? row.failedAt : row.processedAt)}
          </Typography.Text>
        </>
      ),
    },
    { title: '尝试次数', dataIndex: 'attempts', key: 'attempts', width: 90, align: 'right' },
    {
      title: '最近错误',
      dataIndex: 'lastError',
      key: 'lastError',
      ellipsis: { showTitle: false },
      render: (error: string | null) =>
        error ? (
          <Tooltip title={error}>
            <Typography.Text type={error === '已取消' ? 'secondary' : 'danger'}>{error}</Typography.Text>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    actionsColumn(90, (row) =>
      row.status === 'failed' ? (
        <ConfirmLink
          title="重试该期限任务？"
          description="将重置尝试次数，由后台任务在下一次处理时重新执行。"
          okText="重试"
          onConfirm={() => retry(row)}
        />
      ) : null,
    ),
  ];
}
