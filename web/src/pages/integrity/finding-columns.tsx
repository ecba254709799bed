import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { FindingRow } from '../../api/integrity';
import { actionsColumn } from '../../lib/actions-column';

/** The ban's state as a tag: still running (red) or served (grey), with the last banned day. */
export function BanTag({ finding }: { finding: Pick<FindingRow, 'bannedNow' | 'bannedUntil'> }) {
  return finding.bannedNow ? (
    <Tag color="red">禁止申报至 {finding.bannedUntil}</Tag>
  ) : (
    <Tag>已期满（{finding.bannedUntil}）</Tag>
  );
}

/** The archive table's columns; `open` shows a finding's facts and evidence. */
export function findingColumns(open: (finding: FindingRow) => void): ColumnsType<FindingRow> {
  return [
    { title: '姓名', dataIndex: 'personName', key: 'personName', width: 100 },
    {
      title: '身份证号码',
      dataIndex: 'personIdMasked',
      key: 'personIdMasked',
      width: 190,
      render: (masked: string) => (
        <Typography.Text style={{ fontFamily: 'monospace' }}>{masked}</Typography.Text>
      ),
    },
    { title: '所在地区', dataIndex: 'regionName', key: 'regionName', width: 180, ellipsis: true },
    { title: '决定文号', dataIndex: 'decisionNumber', key: 'decisionNumber', width: 180 },
    { title: '认定日期', dataIndex: 'decidedOn', key: 'decidedOn', width: 110 },
    {
      title: '禁止申报',
      key: 'ban',
      width: 190,
      render: (_, finding) => (
        <Tooltip title={`禁止申报${finding.banYears}年`}>
          <span>
            <BanTag finding={finding} />
          </span>
        </Tooltip>
      ),
    },
    {
      title: '撤销证书',
      dataIndex: 'revokedCertificates',
      key: 'revokedCertificates',
      width: 120,
      render: (numbers: string[]) =>
        numbers.length === 0 ? (
          '—'
        ) : (
          <Tooltip
            title={
              <Space orientation="vertical">
                {numbers.map((n) => (
                  <span key={n}>{n}</span>
                ))}
              </Space>
            }
          >
            <Tag color="volcano">{numbers.length} 本</Tag>
          </Tooltip>
        ),
    },
    { title: '认定机关', dataIndex: 'authorityName', key: 'authorityName', ellipsis: true },
    actionsColumn(80, (finding) => (
      <Button type="link" size="small" onClick={() => open(finding)}>
        详情
      </Button>
    )),
  ];
}
