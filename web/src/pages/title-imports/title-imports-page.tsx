import { Button } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useState } from 'react';
import {
  listTitleImports,
  type TitleImportJob,
  titleImportErrorsPath,
  titleImportTemplatePath,
} from '../../api/title-imports';
import { ExportButton } from '../../components/export-button';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { timeColumn } from '../../lib/time-columns';
import { useServerList } from '../../lib/use-server-list';
import { ImportProgress } from './import-progress';
import { ImportStatusTag } from './import-status-tag';
import { ImportUpload } from './import-upload';

const filterKeys = [] as const;
const noFilters = () => ({});

function jobColumns(view: (job: TitleImportJob) => void): ColumnsType<TitleImportJob> {
  return [
    { title: '文件', dataIndex: 'fileName', key: 'fileName', ellipsis: true },
    { title: '状态', key: 'status', width: 150, render: (_, job) => <ImportStatusTag job={job} /> },
    { title: '文件行数', dataIndex: 'totalRows', key: 'totalRows', width: 100 },
    { title: '新导入', dataIndex: 'importedRows', key: 'importedRows', width: 90 },
    { title: '已存在', dataIndex: 'existingRows', key: 'existingRows', width: 90 },
    { title: '有误', dataIndex: 'failedRows', key: 'failedRows', width: 80 },
    timeColumn('开始时间', 'startedAt', 150),
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_, job) => (
        <>
          <Button type="link" size="small" onClick={() => view(job)}>
            查看
          </Button>
          {job.errorCount > 0 ? (
            <ExportButton
              type="link"
              path={titleImportErrorsPath(job.id)}
              query={{}}
              fileName="导入错误报告.xlsx"
              label="错误报告"
            />
          ) : null}
        </>
      ),
    },
  ];
}

/**
 * 历史数据导入: the HR bureau loads its historical title records into the certificate ledger — the
 * template, the upload, the progress of the import with the rows it refused, and the past imports.
 */
export function TitleImportsPage() {
  const table = useServerList(filterKeys, noFilters, listTitleImports);
  const { reload } = table.list;
  const [current, setCurrent] = useState<TitleImportJob | null>(null);
  const onFinished = useCallback(() => reload(), [reload]);

  return (
    <>
      <PageHeader
        title="历史数据导入"
        description="将本辖区历史职称数据（纸质证书时期的评审结果）批量导入证书台账：逐行校验身份证号码、日期和职称目录，导入的记录生成可查验的电子证书编号。"
        extra={
          <ExportButton
            path={titleImportTemplatePath}
            query={{}}
            fileName="职称历史数据导入模板.xlsx"
            label="下载导入模板"
          />
        }
      />
      <ImportUpload
        onStarted={(job) => {
          setCurrent(job);
          reload();
        }}
      />
      {current ? <ImportProgress key={current.id} job={current} onFinished={onFinished} /> : null}
      <ServerTable<TitleImportJob>
        table={table}
        columns={jobColumns(setCurrent)}
        scrollX={1000}
        emptyText="还没有导入记录"
        testId="title-imports-table"
      />
    </>
  );
}
