import { Flex, Grid, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { EMPLOYMENT_RELATIONS } from '../../../../src/domain/accounts/employment-relation';
import {
  INVITATION_STATES,
  STAFF_ROW_STATUSES,
  type StaffRowStatus,
} from '../../../../src/domain/accounts/staff-placement';
import type { StaffReportRow } from '../../api/staff-import';

const STATUS_COLORS: Record<StaffRowStatus, string> = {
  created: 'success',
  bound: 'processing',
  unchanged: 'default',
  invalid: 'error',
};

/** A row's outcome as a coloured tag: 登记成功, 已存在并绑定, 已是本单位人员, 错误. */
export function StaffStatusTag({ status }: { status: StaffRowStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{STAFF_ROW_STATUSES[status]}</Tag>;
}

function Message({ row }: { row: StaffReportRow }) {
  return (
    <Typography.Text type={row.status === 'invalid' ? 'danger' : undefined}>{row.message}</Typography.Text>
  );
}

const wideColumns: ColumnsType<StaffReportRow> = [
  { title: '行号', dataIndex: 'row', key: 'row', width: 64 },
  { title: '姓名', dataIndex: 'name', key: 'name', width: 96, ellipsis: true },
  { title: '身份证号码', dataIndex: 'idNumberMasked', key: 'idNumberMasked', width: 180 },
  {
    title: '用工关系',
    dataIndex: 'relation',
    key: 'relation',
    width: 96,
    render: (relation: StaffReportRow['relation']) => (relation ? EMPLOYMENT_RELATIONS[relation] : '—'),
  },
  {
    title: '结果',
    dataIndex: 'status',
    key: 'status',
    width: 124,
    render: (status: StaffRowStatus) => <StaffStatusTag status={status} />,
  },
  { title: '说明', dataIndex: 'message', key: 'message', render: (_, row) => <Message row={row} /> },
  {
    title: '邀请短信',
    dataIndex: 'invitation',
    key: 'invitation',
    width: 96,
    render: (invitation: StaffReportRow['invitation']) =>
      invitation ? (
        <Tag color={invitation === 'failed' ? 'error' : undefined}>{INVITATION_STATES[invitation]}</Tag>
      ) : (
        '—'
      ),
  },
];

// On a phone each row is one cell: the name and outcome on a line, why beneath, so the reason is readable.
const narrowColumns: ColumnsType<StaffReportRow> = [
  { title: '行号', dataIndex: 'row', key: 'row', width: 56 },
  {
    title: '人员与结果',
    key: 'person',
    render: (_, row) => (
      <Flex vertical gap={4}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{row.name || '（未填姓名）'}</Typography.Text>
          <StaffStatusTag status={row.status} />
        </Flex>
        <Message row={row} />
      </Flex>
    ),
  },
];

/**
 * Every row of the file with what became of it, filterable by outcome; it opens on the bad rows
 * when there are any, since those are what the office has to fix.
 */
export function StaffReportTable({ rows }: { rows: readonly StaffReportRow[] }) {
  const counts = useMemo(() => {
    const by = new Map<StaffRowStatus, number>();
    for (const row of rows) by.set(row.status, (by.get(row.status) ?? 0) + 1);
    return by;
  }, [rows]);
  const [filter, setFilter] = useState<StaffRowStatus | 'all'>(counts.has('invalid') ? 'invalid' : 'all');
  const shown = filter === 'all' ? rows : rows.filter((row) => row.status === filter);
  const wide = Grid.useBreakpoint().md ?? true;
  const options = [
    { value: 'all' as const, label: `全部（${rows.length}）` },
    ...(Object.keys(STAFF_ROW_STATUSES) as StaffRowStatus[])
      .filter((status) => counts.has(status))
      .map((status) => ({ value: status, label: `${STAFF_ROW_STATUSES[status]}（${counts.get(status)}）` })),
  ];
  return (
    <>
      <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Text>显示：</Typography.Text>
        <Select
          size="small"
          value={filter}
          options={options}
          onChange={setFilter}
          style={{ minWidth: 168 }}
          aria-label="按结果筛选"
          data-testid="staff-report-filter"
        />
      </Flex>
      <Table<StaffReportRow>
        rowKey="row"
        size="small"
        columns={wide ? wideColumns : narrowColumns}
        dataSource={shown as StaffReportRow[]}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        data-testid="staff-report-table"
      />
    </>
  );
}
