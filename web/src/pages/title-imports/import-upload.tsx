import { Card } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import {
  TITLE_IMPORT_ACCEPT,
  TITLE_IMPORT_MAX_MB,
  type TitleImportJob,
  uploadTitleImport,
} from '../../api/title-imports';
import { FileDropzone } from '../../components/file-dropzone';

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
      <FileDropzone
        accept={TITLE_IMPORT_ACCEPT}
        disabled={Boolean(sending)}
        onFile={(file) => void send(file)}
        testId="title-import-upload"
        text="点击选择文件，或将文件拖到此处开始导入"
        hint={`Excel 工作簿（.xlsx）或 CSV（UTF-8 或 GBK 编码），表头须与导入模板一致，不超过 ${TITLE_IMPORT_MAX_MB} MB。逐行校验，正确的行导入、有误的行列入错误报告；同一文件重复导入不会重复登记。`}
        progress={sending ? { text: `正在上传：${sending.fileName}`, percent: sending.percent } : undefined}
        refusal={
          problem
            ? {
                title: `“${problem.fileName}”未能导入`,
                description: problem.message,
                testId: 'title-import-refused',
              }
            : undefined
        }
        onDismiss={() => setProblem(undefined)}
      />
    </Card>
  );
}
