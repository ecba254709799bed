import { App, Card, Table } from 'antd';
import { useState } from 'react';
import { type ApplicationDetail, applicationAttachmentPath } from '../../api/applications';
import { errorMessage } from '../../api/client';
import { downloadFile } from '../../api/download';
import { attachmentColumns } from '../materials/attachment-columns';

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
        columns={attachmentColumns<Row>({
          download: { run: (row) => void download(row), busy },
          uploadedAt: false,
        })}
      />
    </Card>
  );
}
