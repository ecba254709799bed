import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Progress,
  Result,
  Row,
  Statistic,
  Steps,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { downloadFile } from '../../api/download';
import {
  refusedForRows,
  STAFF_IMPORT_MAX_MB,
  STAFF_IMPORT_MAX_ROWS,
  type StaffImportReport,
  staffImportReportPath,
  staffImportTemplatePath,
  uploadStaffFile,
} from '../../api/staff-import';
import { ExportButton } from '../../components/export-button';
import { FileDropzone } from '../../components/file-dropzone';
import { PageHeader } from '../../components/page-header';
import { quietLoading } from '../../components/quiet-loading';
import { StaffReportTable } from './staff-report-table';

/** Where the page is: choosing a file, sending it (to check or to import), or showing a report. */
type Stage =
  | { kind: 'idle' }
  | { kind: 'sending'; file: File; dryRun: boolean; percent: number }
  | { kind: 'report'; file: File; report: StaffImportReport; generation: number };

function stepOf(stage: Stage): number {
  if (stage.kind === 'idle') return 0;
  if (stage.kind === 'sending') return stage.dryRun ? 1 : 2;
  // Past the last step once written, so every step shows as done.
  return stage.report.written ? 4 : stage.report.counts.invalid > 0 ? 1 : 2;
}

/** The counts of a report, two to a row on a phone. */
function Counts({ report }: { report: StaffImportReport }) {
  const { counts } = report;
  const items: [string, number][] = [
    ['登记成功', counts.created],
    ['已存在并绑定', counts.bound],
    ['已是本单位人员', counts.unchanged],
    ['有误', counts.invalid],
  ];
  return (
    <Row gutter={[16, 8]} style={{ marginBottom: 16 }}>
      {items.map(([title, value]) => (
        <Col key={title} xs={12} sm={6}>
          <Statistic
            title={title}
            value={value}
            suffix="人"
            valueStyle={title === '有误' && value > 0 ? { color: '#cf1322' } : undefined}
          />
        </Col>
      ))}
    </Row>
  );
}

/** What the report means for the next step, in one line. */
function Verdict({ report }: { report: StaffImportReport }) {
  const { counts } = report;
  if (report.written)
    return (
      <Result
        status="success"
        title={`已登记${counts.created + counts.bound}人`}
        subTitle={`新登记${counts.created}人，已存在并绑定${counts.bound}人，已是本单位人员${counts.unchanged}人；发送注册邀请短信${counts.invitations - counts.invitationsFailed}条${counts.invitationsFailed > 0 ? `，${counts.invitationsFailed}条发送失败（请通知本人自行注册）` : ''}。`}
        style={{ padding: '16px 0' }}
      />
    );
  if (counts.invalid > 0)
    return (
      <Alert
        type="error"
        showIcon
        title={`共${counts.invalid}行有误，未登记任何人员`}
        description="请按下表逐行改正（可导出结果对照修改），然后重新上传整个文件。"
        style={{ marginBottom: 16 }}
        data-testid="staff-import-invalid"
      />
    );
  if (counts.created + counts.bound === 0)
    return (
      <Alert
        type="info"
        showIcon
        title="文件中的人员都已是本单位人员，无需登记"
        style={{ marginBottom: 16 }}
      />
    );
  return (
    <Alert
      type="success"
      showIcon
      title="校验通过，尚未登记"
      description={`确认后将登记${counts.created + counts.bound}人${counts.invitations > 0 ? `，并向${counts.invitations}名尚未注册账号的人员发送注册邀请短信` : ''}。`}
      style={{ marginBottom: 16 }}
    />
  );
}

/**
 * 批量登记人员: a unit registers its staff from the template — download it, upload the filled file
 * for a check of every row, then confirm to register the whole file (all or nothing). People
 * without an account are invited by SMS to register with their own ID number and phone.
 */
export function StaffImportPage() {
  const { message } = App.useApp();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [problem, setProblem] = useState<string>();
  const [exporting, setExporting] = useState(false);
  const controller = useRef<AbortController>(null);
  const generation = useRef(0);

  // Leaving the page cancels a request under way.
  useEffect(() => () => controller.current?.abort(), []);

  async function send(file: File, dryRun: boolean) {
    setProblem(undefined);
    if (file.size > STAFF_IMPORT_MAX_MB * 1024 * 1024) {
      setProblem(`“${file.name}”超过${STAFF_IMPORT_MAX_MB}MB，请使用批量登记人员模板，分成几个文件上传`);
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    setStage({ kind: 'sending', file, dryRun, percent: 0 });
    try {
      const report = await uploadStaffFile(file, {
        dryRun,
        signal: abort.signal,
        onProgress: (percent) => setStage({ kind: 'sending', file, dryRun, percent }),
      });
      generation.current += 1;
      setStage({ kind: 'report', file, report, generation: generation.current });
      if (report.written) message.success('登记完成');
    } catch (error) {
      if (abort.signal.aborted) return;
      // The file changed meaning since its check (someone registered meanwhile): check again to show why.
      if (!dryRun && refusedForRows(error)) {
        message.warning(errorMessage(error));
        await send(file, true);
        return;
      }
      setProblem(`“${file.name}”${dryRun ? '未能校验' : '未能登记'}：${errorMessage(error)}`);
      setStage({ kind: 'idle' });
    }
  }

  async function exportReport(report: StaffImportReport) {
    setExporting(true);
    try {
      await downloadFile(staffImportReportPath, {}, '批量登记结果.xlsx', { rows: report.rows });
    } catch (error) {
      message.error(`导出失败：${errorMessage(error)}`);
    } finally {
      setExporting(false);
    }
  }

  const sending = stage.kind === 'sending' ? stage : null;
  const shown = stage.kind === 'report' ? stage : null;
  const canConfirm =
    shown &&
    !shown.report.written &&
    shown.report.counts.invalid === 0 &&
    shown.report.counts.created + shown.report.counts.bound > 0;

  return (
    <>
      <PageHeader
        title="批量登记人员"
        description="按模板填写本单位人员名单后上传：系统逐行校验，全部正确才会登记。尚未注册账号的人员将收到注册邀请短信，本人用身份证号码和该手机号实名注册即可认领档案。"
        extra={
          <ExportButton
            path={staffImportTemplatePath}
            query={{}}
            fileName="批量登记人员模板.xlsx"
            label="下载模板"
          />
        }
      />
      {/* Short titles under the dots, so the four steps stay one line on a phone. */}
      <Steps
        size="small"
        responsive={false}
        titlePlacement="vertical"
        current={stepOf(stage)}
        status={
          stage.kind !== 'report'
            ? 'process'
            : stage.report.written
              ? 'finish'
              : stage.report.counts.invalid > 0
                ? 'error'
                : 'process'
        }
        items={[{ title: '下载模板' }, { title: '上传校验' }, { title: '确认登记' }, { title: '完成' }]}
        style={{ marginBottom: 16 }}
      />
      {sending && !sending.dryRun ? (
        <Card size="small" title={`正在登记：${sending.file.name}`} data-testid="staff-import-progress">
          <Progress percent={sending.percent < 100 ? sending.percent : 99} status="active" />
          <Typography.Text type="secondary">
            {sending.percent < 100 ? '正在上传文件…' : '正在写入并发送邀请短信，请勿关闭页面…'}
          </Typography.Text>
        </Card>
      ) : null}
      {stage.kind === 'idle' || sending?.dryRun ? (
        <Card size="small" title="上传文件" style={{ marginBottom: 16 }}>
          <FileDropzone
            accept=".xlsx"
            disabled={Boolean(sending)}
            onFile={(file) => void send(file, true)}
            testId="staff-import-upload"
            text="点击选择或拖入填好的模板"
            hint={`Excel 工作簿（.xlsx），每个文件至多 ${STAFF_IMPORT_MAX_ROWS} 人、不超过 ${STAFF_IMPORT_MAX_MB} MB。上传后先校验，不会立即登记。`}
            progress={
              sending
                ? {
                    text:
                      sending.percent < 100 ? `正在上传：${sending.file.name}` : '上传完成，正在逐行校验…',
                    percent: sending.percent,
                    testId: 'staff-import-progress',
                  }
                : undefined
            }
            refusal={problem ? { title: problem, testId: 'staff-import-refused' } : undefined}
            onDismiss={() => setProblem(undefined)}
          />
        </Card>
      ) : null}
      {shown ? (
        <Card
          size="small"
          title={
            <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
              {shown.report.written ? '登记结果' : '校验结果'}：{shown.file.name}
            </Typography.Text>
          }
          data-testid="staff-import-report"
        >
          <Verdict report={shown.report} />
          <Counts report={shown.report} />
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            {canConfirm ? (
              <Button
                type="primary"
                onClick={() => void send(shown.file, false)}
                data-testid="staff-import-confirm"
              >
                确认登记{shown.report.counts.created + shown.report.counts.bound}人
              </Button>
            ) : null}
            <Button
              icon={<DownloadOutlined />}
              loading={quietLoading(exporting)}
              onClick={() => void exportReport(shown.report)}
            >
              导出结果
            </Button>
            <Button onClick={() => setStage({ kind: 'idle' })}>
              {shown.report.written ? '继续上传' : '重新选择文件'}
            </Button>
          </Flex>
          <StaffReportTable key={shown.generation} rows={shown.report.rows} />
        </Card>
      ) : null}
    </>
  );
}
