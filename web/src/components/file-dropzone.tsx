import { InboxOutlined } from '@ant-design/icons';
import { Alert, Flex, Progress, Typography, Upload } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  /** The file types offered in the chooser, e.g. `.xlsx`; the server checks the content anyway. */
  accept: string;
  disabled: boolean;
  /** The chosen or dropped file: the caller checks its size and sends it. */
  onFile: (file: File) => void;
  /** What to do, e.g. 点击选择文件，或将文件拖到此处上传. */
  text: ReactNode;
  /** What the file must be: formats, size, what happens next. */
  hint: ReactNode;
  testId?: string;
  /** The file under way and how far it has gone; `undefined` while none is. */
  progress: { text: ReactNode; percent: number; testId?: string } | undefined;
  /** Why the last file was refused, until the user closes it; `undefined` while nothing was. */
  refusal: { title: ReactNode; description?: ReactNode; testId: string } | undefined;
  onDismiss: () => void;
}

/**
 * A file to upload, one at a time: a drop zone, the upload's progress and why a file was refused —
 * shared by the applicant's materials and a unit's or bureau's spreadsheet imports.
 */
export function FileDropzone({
  accept,
  disabled,
  onFile,
  text,
  hint,
  testId,
  progress,
  refusal,
  onDismiss,
}: Props) {
  return (
    <>
      <Upload.Dragger
        name="file"
        accept={accept}
        multiple={false}
        showUploadList={false}
        disabled={disabled}
        customRequest={({ file }) => onFile(file as File)}
        data-testid={testId}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{text}</p>
        <p className="ant-upload-hint">{hint}</p>
      </Upload.Dragger>
      {progress ? (
        <Flex vertical gap={4} style={{ marginTop: 12 }} data-testid={progress.testId}>
          <Typography.Text>{progress.text}</Typography.Text>
          <Progress percent={progress.percent} status="active" />
        </Flex>
      ) : null}
      {refusal ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: onDismiss }}
          title={refusal.title}
          description={refusal.description}
          style={{ marginTop: 12 }}
          data-testid={refusal.testId}
        />
      ) : null}
    </>
  );
}
