import { App, Card, Table } from 'antd';
import { useMemo, useState } from 'react';
import { type Attachment, attachmentContentPath, fetchAttachments } from '../../api/attachments';
import { errorMessage } from '../../api/client';
import { downloadFile } from '../../api/download';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { PageHeader } from '../../components/page-header';
import { ReloadButton } from '../../components/reload-button';
import { useRequest } from '../../lib/use-request';
import { attachmentColumns } from './attachment-columns';
import { UploadCard } from './upload-card';

/** 我的申报材料: the applicant uploads supporting files and sees, checks and downloads those uploaded. */
export function MaterialsPage() {
  const { message } = App.useApp();
  const list = useRequest((signal) => fetchAttachments(signal), []);
  const [downloading, setDownloading] = useState<string | null>(null);

  const columns = useMemo(() => {
    async function download(row: Attachment) {
      setDownloading(row.id);
      try {
        await downloadFile(attachmentContentPath(row.id), {}, row.fileName);
      } catch (error) {
        message.error(`下载失败：${errorMessage(error)}`);
      } finally {
        setDownloading(null);
      }
    }
    return attachmentColumns<Attachment>({
      download: { run: (row) => void download(row), busy: downloading },
    });
  }, [downloading, message]);

  const { data, error, loading, reload } = list;
  return (
    <>
      <PageHeader
        title="我的申报材料"
        description="上传职称申报所需的学历、职称、考核、业绩等证明材料；每个文件保存时计算 SM3 摘要，下载时据此核验文件未被改动。"
        extra={<ReloadButton request={list} />}
      />
      <UploadCard onUploaded={reload} />
      <Card size="small" title={`已上传材料${data ? `（${data.length}）` : ''}`}>
        <LoadErrorAlert
          error={error}
          title="材料列表加载失败"
          onRetry={reload}
          style={{ marginBottom: 12 }}
        />
        <Table<Attachment>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data}
          loading={loading && !data}
          pagination={data && data.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 960 }}
          locale={{ emptyText: '尚未上传申报材料' }}
          data-testid="materials-table"
        />
      </Card>
    </>
  );
}
