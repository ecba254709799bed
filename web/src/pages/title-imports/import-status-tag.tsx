import { Tag } from 'antd';
import type { TitleImportJob } from '../../api/title-imports';

/** A job's state in one word: running (blue), done (green, orange when rows were refused), failed (red). */
export function ImportStatusTag({ job }: { job: Pick<TitleImportJob, 'status' | 'failedRows'> }) {
  if (job.status === 'running') return <Tag color="processing">导入中</Tag>;
  if (job.status === 'failed') return <Tag color="error">已中断</Tag>;
  return job.failedRows > 0 ? <Tag color="warning">已完成（有误行）</Tag> : <Tag color="success">已完成</Tag>;
}
