import { Alert, Card, Col, Progress, Row, Statistic, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import {
  fetchTitleImport,
  type TitleImportDetail,
  type TitleImportJob,
  type TitleImportProblem,
  titleImportErrorsPath,
} from '../../api/title-imports';
import { ExportButton } from '../../components/export-button';
import { ImportStatusTag } from './import-status-tag';

const POLL_MS = 1000;

const problemColumns = [
  { title: '行号', dataIndex: 'row', key: 'row', width: 80 },
  { title: '列', dataIndex: 'column', key: 'column', width: 130 },
  { title: '问题', dataIndex: 'message', key: 'message' },
];

/** The job's counts so far: the file's rows, and what became of them. */
function counts(job: TitleImportJob): [title: string, value: number, suffix: string][] {
  return [
    ['文件行数', job.totalRows, '行'],
    ['新导入', job.importedRows, '条'],
    ['已存在（跳过）', job.existingRows, '条'],
    ['有误', job.failedRows, '行'],
  ];
}

/** Polls a job every second while it runs; stops when it is done or failed, or when the page closes. */
function useJobProgress(job: TitleImportJob, onFinished: () => void) {
  const [detail, setDetail] = useState<TitleImportDetail>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await fetchTitleImport(job.id, controller.signal);
        setDetail(next);
        setError(undefined);
        if (next.status === 'running') timer = setTimeout(poll, POLL_MS);
        else onFinished();
      } catch (cause) {
        if (controller.signal.aborted) return;
        setError(cause);
        timer = setTimeout(poll, POLL_MS * 3);
      }
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [job.id, onFinished]);
  return { detail, error };
}

/**
 * One import as it runs: a progress bar, the counts, the first problems and the full error report.
 * `job` is what the upload answered; the panel then follows the server's progress.
 */
export function ImportProgress({ job, onFinished }: { job: TitleImportJob; onFinished: () => void }) {
  const { detail, error } = useJobProgress(job, onFinished);
  const shown = detail ?? { ...job, errors: [] as TitleImportProblem[] };
  const status = shown.status === 'failed' ? 'exception' : shown.status === 'done' ? 'success' : 'active';
  return (
    <Card
      size="small"
      title={
        <>
          {shown.fileName} <ImportStatusTag job={shown} />
        </>
      }
      extra={
        shown.errorCount > 0 ? (
          <ExportButton
            path={titleImportErrorsPath(shown.id)}
            query={{}}
            fileName="导入错误报告.xlsx"
            label="下载错误报告"
          />
        ) : null
      }
      style={{ marginBottom: 16 }}
      data-testid="title-import-progress"
    >
      <Progress percent={shown.percent} status={status} />
      {shown.status === 'running' && shown.totalRows === 0 ? (
        <Typography.Text type="secondary">正在读取文件，已处理 {shown.processedRows} 行</Typography.Text>
      ) : null}
      {error ? <Alert type="warning" showIcon title={`暂时无法获取进度：${errorMessage(error)}`} /> : null}
      {shown.failure ? <Alert type="error" showIcon title={shown.failure} style={{ marginTop: 12 }} /> : null}
      <Row gutter={16} style={{ marginTop: 12 }}>
        {counts(shown).map(([title, value, suffix]) => (
          <Col key={title} span={6}>
            <Statistic title={title} value={value} suffix={suffix} />
          </Col>
        ))}
      </Row>
      {shown.errors.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {shown.errorCount > shown.errors.length
              ? `有误的行（前${shown.errors.length}条，共${shown.errorCount}条问题，完整内容见错误报告）`
              : '有误的行'}
          </Typography.Title>
          <Table<TitleImportProblem>
            rowKey={(p) => `${p.row}|${p.column}|${p.message}`}
            size="small"
            columns={problemColumns}
            dataSource={shown.errors}
            pagination={{ pageSize: 10, showSizeChanger: false }}
            data-testid="title-import-errors"
          />
        </>
      ) : null}
    </Card>
  );
}
