import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { type ApplicationDetail, applicationAttachmentPath } from '../../api/applications';
import { errorMessage } from '../../api/client';
import { downloadFile } from '../../api/download';
import { attachmentKindNames, attachmentTypeNames, nameOf } from '../../lib/labels';
import { formatFileSize } from '../materials/file-size';

type Row = ApplicationDetail['attachments'][number];

/** 申报材料: the files filed with the application, each downloadable by whoever may see it. */
export function MaterialsPanel({ detail }: { detail: ApplicationDetail }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);

  const download = async (row: Row) => {
    setBusy(row.id);
    try {
      await downloadFile(applicationAttachmentPath(detail.id, row.id), {}, row.fileName);
    } catch (error) {
      message.error(`下载失败：${errorMessage(error)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      size="small"
      title={`申报材料（${detail.attachments.length}）`}
      style={{ marginBottom: 16 }}
      data-testid="materials-panel"
    >
      <Table<Row>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={detail.attachments}
        locale={{ emptyText: '未附申报材料' }}
        scroll={{ x: 640 }}
        columns={[
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
            width: 70,
            render: (type: string) => <Tag>{nameOf(attachmentTypeNames, type)}</Tag>,
          },
          {
            title: '大小',
            dataIndex: 'size',
            width: 90,
            align: 'right',
            render: (size: number) => formatFileSize(size),
          },
          {
            title: 'SM3',
            dataIndex: 'sm3',
            width: 110,
            render: (sm3: string) => (
              <Tooltip title={sm3}>
                <Typography.Text code>{sm3.slice(0, 8)}…</Typography.Text>
              </Tooltip>
            ),
          },
          {
            title: '操作',
            key: 'download',
            width: 80,
            render: (_, row) => (
              <Button
                type="link"
                size="small"
                icon={<DownloadOutlined />}
                loading={busy === row.id}
                onClick={() => void download(row)}
                aria-label={`下载 ${row.fileName}`}
              >
                下载
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
