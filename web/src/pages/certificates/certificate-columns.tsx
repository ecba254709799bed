import { Button, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import type { CertificateEntry } from '../../api/certificates';
import { sortOrderOf } from '../../lib/use-table-query';
import { certificateSourceNames } from './certificate-labels';
import { CertificateStatusTag } from './certificate-status-tag';

const mono = { fontFamily: 'monospace' } as const;

/** A main line and a smaller grey line under it, so the table stays narrow enough for a laptop. */
function TwoLines({ main, sub }: { main: ReactNode; sub: ReactNode }) {
  return (
    <div>
      <div>{main}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {sub}
      </Typography.Text>
    </div>
  );
}

/** The ledger's columns; sortable ones follow the server's `sort`, kept in the address bar. */
export function certificateColumns(
  sort: string | undefined,
  open: (row: CertificateEntry) => void,
): ColumnsType<CertificateEntry> {
  return [
    {
      title: '证书编号',
      dataIndex: 'number',
      key: 'number',
      width: 190,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'number'),
      render: (number: string, row) => (
        <Button
          type="link"
          size="small"
          style={{ ...mono, padding: 0 }}
          onClick={(event) => {
            event.stopPropagation();
            open(row);
          }}
          aria-label={`查看证书 ${number}`}
        >
          {number}
        </Button>
      ),
    },
    {
      title: '持证人',
      dataIndex: 'holderName',
      key: 'holderName',
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'holderName'),
      render: (name: string, row) => (
        <TwoLines main={name} sub={<span style={mono}>{row.holderIdNumberMasked}</span>} />
      ),
    },
    {
      title: '职称',
      dataIndex: 'titleName',
      key: 'title',
      width: 160,
      render: (title: string, row) => <TwoLines main={title} sub={`${row.seriesName} · ${row.specialty}`} />,
    },
    {
      title: '评审机构 / 发文文号',
      key: 'committee',
      width: 240,
      ellipsis: { showTitle: true },
      render: (_, row) => <TwoLines main={row.committeeName} sub={row.announcementNumber} />,
    },
    {
      title: '取得资格日期',
      dataIndex: 'issuedOn',
      key: 'issuedOn',
      width: 120,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'issuedOn'),
    },
    {
      title: '来源',
      dataIndex: 'source',
      key: 'source',
      width: 80,
      render: (source: CertificateEntry['source']) => certificateSourceNames[source],
    },
    {
      title: '状态',
      dataIndex: 'status',
      key: 'status',
      width: 120,
      render: (status: CertificateEntry['status'], row) =>
        row.revokedOn ? (
          <TwoLines main={<CertificateStatusTag status={status} />} sub={row.revokedOn} />
        ) : (
          <CertificateStatusTag status={status} />
        ),
    },
    {
      title: '操作',
      key: 'open',
      fixed: 'right',
      width: 64,
      render: (_, row) => (
        <Button
          type="link"
          size="small"
          onClick={(event) => {
            event.stopPropagation();
            open(row);
          }}
        >
          查看
        </Button>
      ),
    },
  ];
}
