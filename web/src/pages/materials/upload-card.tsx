import { App, Card, Form, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_MAX_MB,
  type Attachment,
  type AttachmentKind,
  uploadAttachment,
} from '../../api/attachments';
import { ApiError, errorMessage } from '../../api/client';
import { FileDropzone } from '../../components/file-dropzone';
import { attachmentKindOptions } from '../../lib/labels';
import { formatFileSize } from './file-size';

interface Sending {
  fileName: string;
  percent: number;
}

interface Problem {
  fileName: string;
  messages: string[];
}

/**
 * Why an upload was refused, in the server's words: its field messages (the file type, the size, the
 * kind) read better without the field name the summary message starts with.
 */
function problemsOf(error: unknown): string[] {
  if (error instanceof ApiError && error.details.length > 0) {
    return error.details.map((detail) =>
      detail.path === 'kind' ? `材料类型：${detail.message}` : detail.message,
    );
  }
  return [errorMessage(error)];
}

/** Choose a kind, then a file: it is checked for size here, and for type and size by the server. */
export function UploadCard({ onUploaded }: { onUploaded: (saved: Attachment) => void }) {
  const { message } = App.useApp();
  const [kind, setKind] = useState<AttachmentKind>();
  const [sending, setSending] = useState<Sending>();
  const [problem, setProblem] = useState<Problem>();
  const controller = useRef<AbortController>(null);

  // Leaving the page cancels an upload still under way.
  useEffect(() => () => controller.current?.abort(), []);

  async function send(file: File) {
    if (!kind) return;
    setProblem(undefined);
    if (file.size > ATTACHMENT_MAX_MB * 1024 * 1024) {
      setProblem({
        fileName: file.name,
        messages: [`文件大小不能超过${ATTACHMENT_MAX_MB}MB（该文件为 ${formatFileSize(file.size)}）`],
      });
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    setSending({ fileName: file.name, percent: 0 });
    try {
      const saved = await uploadAttachment(kind, file, {
        signal: abort.signal,
        onProgress: (percent) => setSending({ fileName: file.name, percent }),
      });
      message.success(`已上传：${saved.fileName}`);
      onUploaded(saved);
    } catch (error) {
      if (abort.signal.aborted) return;
      setProblem({ fileName: file.name, messages: problemsOf(error) });
    } finally {
      if (!abort.signal.aborted) setSending(undefined);
    }
  }

  return (
    <Card size="small" title="上传材料" style={{ marginBottom: 16 }}>
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label="材料类型" required style={{ maxWidth: 360 }}>
          <Select<AttachmentKind>
            id="attachment-kind"
            placeholder="请先选择材料类型"
            options={attachmentKindOptions}
            value={kind}
            onChange={setKind}
            disabled={Boolean(sending)}
          />
        </Form.Item>
      </Form>
      <FileDropzone
        accept={ATTACHMENT_ACCEPT}
        disabled={!kind || Boolean(sending)}
        onFile={(file) => void send(file)}
        text={kind ? '点击选择文件，或将文件拖到此处上传' : '请先选择材料类型'}
        hint={`支持 PDF、JPG、PNG 格式，单个文件不超过 ${ATTACHMENT_MAX_MB} MB；系统按文件内容核验类型并计算 SM3 摘要。`}
        progress={
          sending
            ? { text: `正在上传：${sending.fileName}`, percent: sending.percent, testId: 'upload-progress' }
            : undefined
        }
        refusal={
          problem
            ? {
                title: `“${problem.fileName}”上传失败`,
                description: problem.messages.join('；'),
                testId: 'upload-error',
              }
            : undefined
        }
        onDismiss={() => setProblem(undefined)}
      />
    </Card>
  );
}
