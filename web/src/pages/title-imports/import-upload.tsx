import { InboxOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Progress, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import {
  TITLE_IMPORT_ACCEPT,
  TITLE_IMPORT_MAX_MB,
  type TitleImportJob,
  uploadTitleImport,
} from '../../api/title-imports';

interface Sending {
  fileName: string;
  percent: number;
}

/**
 * Sends one file (checked for size here; for type and header by the server, which refuses a wrong
 * file before importing anything) and hands over the job the server started.
 */
export function ImportUpload({ onStarted }: { onStarted: (job: TitleImportJob) => void }) {
  const [sending, setSending] = useState<Sending>();
  const [problem, setProblem] = useState<{ fileName: string; message: string }>();
  const controller = useRef<AbortController>(null);

  // Leaving the page cancels an upload still under way (an import already started goes on).
  useEffect(() => () => controller.current?.abort(), []);

  async function send(file: File) {
    setProblem(undefined);
    if (file.size > TITLE_IMPORT_MAX_MB * 1024 * 1024) {
      setProblem({
        fileName: file.name,
        message: `文件不能超过${TITLE_IMPORT_MAX_MB}MB，请分成几个文件导入`,
      });
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    setSending({ fileName: file.name, percent: 0 });
    try {
      const job = await uploadTitleImport(file, {
        signal: abort.signal,
        onProgress: (percent) => setSending({ fileName: file.name, percent }),
      });
      onStarted(job);
    } catch (error) {
      if (abort.signal.aborted) return;
      setProblem({ fileName: file.name, message: errorMessage(error) });
    } finally {
      if (!abort.signal.aborted) setSending(undefined);
    }
  }

  return (
    <Card size="small" title="上传文件" style={{ marginBottom: 16 }}>
      <Upload.Dragger
        name="file"
        accept={TITLE_IMPORT_ACCEPT}
        multiple={false}
        showUploadList={false}
        disabled={Boolean(sending)}
        customRequest={({ file }) => {
          void send(file as File);
        }}
        data-testid="title-import-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击选择文件，或将文件拖到此处开始导入</p>
        <p className="ant-upload-hint">
          Excel 工作簿（.xlsx）或 CSV（UTF-8 或 GBK 编码），表头须与导入模板一致，不超过 {TITLE_IMPORT_MAX_MB}{' '}
          MB。逐行校验，正确的行导入、有误的行列入错误报告；同一文件重复导入不会重复登记。
        </p>
      </Upload.Dragger>
      {sending ? (
        <Flex vertical gap={4} style={{ marginTop: 12 }}>
          <Typography.Text>正在上传：{sending.fileName}</Typography.Text>
          <Progress percent={sending.percent} status="active" />
        </Flex>
      ) : null}
      {problem ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setProblem(undefined) }}
          title={`“${problem.fileName}”未能导入`}
          description={problem.message}
          style={{ marginTop: 12 }}
          data-testid="title-import-refused"
        />
      ) : null}
    </Card>
  );
}
