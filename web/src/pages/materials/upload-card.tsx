import { App, Card, Form, Select } from 'antd';
import { useState } from 'react';
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
import { useFileUpload } from '../../lib/use-file-upload';
import { formatFileSize } from './file-size';

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
  const { sending, dropzone } = useFileUpload({
    maxBytes: ATTACHMENT_MAX_MB * 1024 * 1024,
    tooLarge: (file) => `文件大小不能超过${ATTACHMENT_MAX_MB}MB（该文件为 ${formatFileSize(file.size)}）`,
    // The drop zone is disabled until a kind is chosen; should a file come sooner, say what is missing.
    upload: (file, options) =>
      kind ? uploadAttachment(kind, file, options) : Promise.reject(new Error('请先选择材料类型')),
    reasonsOf: problemsOf,
    onDone: (saved) => {
      message.success(`已上传：${saved.fileName}`);
      onUploaded(saved);
    },
    refusedTitle: (fileName) => `“${fileName}”上传失败`,
    refusalTestId: 'upload-error',
    progressTestId: 'upload-progress',
  });

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
        {...dropzone}
        text={kind ? '点击选择文件，或将文件拖到此处上传' : '请先选择材料类型'}
        hint={`支持 PDF、JPG、PNG 格式，单个文件不超过 ${ATTACHMENT_MAX_MB} MB；系统按文件内容核验类型并计算 SM3 摘要。`}
      />
    </Card>
  );
}
