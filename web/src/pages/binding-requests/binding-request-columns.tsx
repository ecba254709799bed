import { Button, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UnitBinding } from '../../api/employment';
import { BindingStatusTag } from '../../components/binding-status-tag';
import { ConfirmLink } from '../../components/confirm-link';
import { actionsColumn } from '../../lib/actions-column';
import { relationNames } from '../../lib/employment-labels';
import { nameOf } from '../../lib/labels';
import { formatDateTime } from '../../lib/time';
import { sortedTimeColumn } from '../../lib/time-columns';
import { sortOrderOf } from '../../lib/use-table-query';

export interface BindingRequestActions {
  confirm: (binding: UnitBinding) => void;
  refuse: (binding: UnitBinding) => void;
}

/** The unit's binding list: who (ID number masked), how and since when, the status, and the decision. */
export function bindingRequestColumns(
  sort: string | undefined,
  actions: BindingRequestActions,
): ColumnsType<UnitBinding> {
  return [
    {
      title: '姓名',
      key: 'person',
      width: 170,
      render: (_, b) => (
        <Space direction="vertical" size={0}>
          <span>{b.person.name}</span>
          <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{b.person.idNumberMasked}</span>
        </Space>
      ),
    },
    {
      title: '用工形式',
      key: 'relation',
      width: 150,
      render: (_, b) => (
        <Space direction="vertical" size={0}>
          <span>{nameOf(relationNames, b.relation)}</span>
          {b.dispatchAgency ? (
            <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{b.dispatchAgency.name}</span>
          ) : null}
        </Space>
      ),
    },
    {
      title: '入职日期',
      dataIndex: 'startedOn',
      key: 'startedOn',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'startedOn'),
      width: 110,
    },
    sortedTimeColumn(sort, '申请时间', 'requestedAt', 140),
    {
      title: '状态',
      key: 'status',
      width: 130,
      render: (_, b) => <BindingStatusTag status={b.status} />,
    },
    {
      title: '处理 / 原因',
      key: 'decided',
      ellipsis: true,
      render: (_, b) =>
        b.decidedAt ? `${formatDateTime(b.decidedAt)}${b.reason ? `：${b.reason}` : ''}` : '—',
    },
    actionsColumn(130, (b) =>
      b.actions.length === 0 ? null : (
        <Space size={0}>
          {b.actions.includes('confirm') ? (
            <ConfirmLink
              title={`确认 ${b.person.name} 为本单位人员？`}
              description="确认后本单位成为其人事（劳动）关系所在单位，其职称申报将由本单位审核。"
              okText="确认"
              onConfirm={() => actions.confirm(b)}
            />
          ) : null}
          {b.actions.includes('refuse') ? (
            <Button type="link" size="small" danger onClick={() => actions.refuse(b)}>
              拒绝
            </Button>
          ) : null}
        </Space>
      ),
    ),
  ];
}
