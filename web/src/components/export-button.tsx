import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { type ReactNode, useState } from 'react';
import type { Query } from '../api/client';
import { errorMessage } from '../api/client';
import { downloadFile } from '../api/download';
import { quietLoading } from './quiet-loading';

interface Props {
  path: string;
  /** The list's current filters, so the file holds what the user sees (all pages of it). */
  query: Query;
  fileName: string;
  /** What the button says; 导出Excel unless the file is something else (公示表PDF). */
  label?: string;
  icon?: ReactNode;
  type?: 'default' | 'link';
}

/** 导出Excel (or another server-made file): downloads it, showing the server's reason if refused. */
export function ExportButton({ path, query, fileName, label = '导出Excel', icon, type }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(path, query, fileName);
    } catch (error) {
      message.error(`${label}失败：${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button type={type} icon={icon ?? <DownloadOutlined />} loading={quietLoading(busy)} onClick={run}>
      {label}
    </Button>
  );
}
