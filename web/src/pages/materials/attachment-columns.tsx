import { DownloadOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Button, Tag, Tooltip, Typography } from 'antd';
import { actionsColumn } from '../../lib/actions-column';
import { attachmentKindNames, attachmentTypeNames, nameOf } from '../../lib/labels';
import { timeColumn } from '../../lib/time-columns';
import { formatFileSize } from './file-size';

/** `a1b2c3d4…e5f6a7b8`: enough of the 64 digits to tell files apart at a glance. */
function shortDigest(sm3: string): string {
  return sm3.length > 20 ? `${sm3.slice(0, 8)}…${sm3.slice(-8)}` : sm3;
}

/** What every attachment table shows: a file as stored (the upload time where the list has it). */
export interface AttachmentRow {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  sm3: string;
  createdAt?: string;
}

/**
 * The columns of an attachment table — 我的申报材料, the wizard's choice of materials, an application's
 * materials. `download` adds the download button (showing the server's error if refused); `uploadedAt`
 * and `digest` switch those columns.
 */
export function attachmentColumns<T extends AttachmentRow>(options: {
  download?: { run: (row: T) => void; busy: string | null };
  uploadedAt?: boolean;
  digest?: boolean;
}): TableColumnsType<T> {
  const { download, uploadedAt = true, digest = true } = options;
  const columns: TableColumnsType<T> = [
    {
      title: '材料类型',
      dataIndex: 'kind',
      width: 140,
      render: (kind: string) => nameOf(attachmentKindNames, kind),
    },
    { title: '文件名', dataIndex: 'fileName', ellipsis: { showTitle: true } },
    {
      title: '类型',
      dataIndex: 'contentType',
      width: 80,
      render: (contentType: string) => <Tag>{nameOf(attachmentTypeNames, contentType)}</Tag>,
    },
    {
      title: '大小',
      dataIndex: 'size',
      width: 100,
      align: 'right',
      render: (size: number) => formatFileSize(size),
    },
  ];
  if (digest)
    columns.push({
      title: 'SM3 摘要',
      dataIndex: 'sm3',
      width: 220,
      render: (sm3: string) => (
        <Typography.Text
          code
          copyable={{ text: sm3, tooltips: ['复制完整摘要', '已复制'] }}
          style={{ whiteSpace: 'nowrap' }}
        >
          <Tooltip title={sm3}>
            <span>{shortDigest(sm3)}</span>
          </Tooltip>
        </Typography.Text>
      ),
    });
  if (uploadedAt) columns.push(timeColumn('上传时间', 'createdAt', 150));
  if (download)
    columns.push(
      actionsColumn(90, (row) => (
        <Button
          type="link"
          size="small"
          icon={<DownloadOutlined />}
          loading={download.busy === row.id}
          onClick={() => download.run(row)}
          aria-label={`下载 ${row.fileName}`}
        >
          下载
        </Button>
      )),
    );
  return columns;
}
