import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { Query } from '../api/client';
import { errorMessage } from '../api/client';
import { downloadFile } from '../api/download';
import { quietLoading } from './quiet-loading';

interface Props {
  path: string;
  /** The list's current filters, so the file holds what the user sees (all pages of it). */
  query: Query;
  fileName: string;
}

/** 导出Excel: downloads the server's .xlsx of the filtered list. */
export function ExportButton({ path, query, fileName }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(path, query, fileName);
    } catch (error) {
      message.error(`导出失败：${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={quietLoading(busy)} onClick={run}>
      导出Excel
    </Button>
  );
}
