import { Card } from 'antd';
import { errorMessage } from '../../api/client';
import {
  TITLE_IMPORT_ACCEPT,
  TITLE_IMPORT_MAX_MB,
  type TitleImportJob,
  uploadTitleImport,
} from '../../api/title-imports';
import { FileDropzone } from '../../components/file-dropzone';
import { useFileUpload } from '../../lib/use-file-upload';

/**
 * Sends one file (checked for size here; for type and header by the server, which refuses a wrong
 * file before importing anything) and hands over the job the server started.
 */
export function ImportUpload({ onStarted }: { onStarted: (job: TitleImportJob) => void }) {
  const { sending, dropzone } = useFileUpload({
    maxBytes: TITLE_IMPORT_MAX_MB * 1024 * 1024,
    tooLarge: () => `文件不能超过${TITLE_IMPORT_MAX_MB}MB，请分成几个文件导入`,
    upload: uploadTitleImport,
    reasonsOf: (error) => [errorMessage(error)],
    onDone: onStarted,
    refusedTitle: (fileName) => `“${fileName}”未能导入`,
    refusalTestId: 'title-import-refused',
  });

  return (
    <Card size="small" title="上传文件" style={{ marginBottom: 16 }}>
      <FileDropzone
        accept={TITLE_IMPORT_ACCEPT}
        disabled={Boolean(sending)}
        {...dropzone}
        testId="title-import-upload"
        text="点击选择文件，或将文件拖到此处开始导入"
        hint={`Excel 工作簿（.xlsx）或 CSV（UTF-8 或 GBK 编码），表头须与导入模板一致，不超过 ${TITLE_IMPORT_MAX_MB} MB。逐行校验，正确的行导入、有误的行列入错误报告；同一文件重复导入不会重复登记。`}
      />
    </Card>
  );
}
