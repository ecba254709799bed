import {
  Alert,
  Button,
  Descriptions,
  type DescriptionsProps,
  Flex,
  Grid,
  Popconfirm,
  Steps,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import {
  acknowledgeGradeFiling,
  approveGradeFiling,
  communicateGradeFiling,
  fetchGradeFiling,
  type GradeFiling,
  type PostPlanProblem,
  returnGradeFiling,
} from '../../api/posts';
import { CitationTag } from '../../components/citation-tag';
import { DetailDrawer, RecordPending } from '../../components/detail-drawer';
import { ReasonModal, shortReasonRules } from '../../components/reason-modal';
import { formatDateTime } from '../../lib/time';
import { useAction } from '../../lib/use-action';
import { useRecord } from '../../lib/use-record';
import { GradeFilingReportModal } from './grade-filing-report-modal';
import { PlanProblems, problemsOfRefusal } from './plan-problems';
import { ReturnReasons } from './post-plan-wizard';

/** Where the filing stands on the way 评前沟通 → 同意开展 → 评后报告 → 备案核准. */
const STEP_OF: Record<string, number> = {
  draft: 0,
  returned: 0,
  communicated: 1,
  acknowledged: 2,
  reported: 3,
  // Past the last step: every step shows done.
  approved: 5,
};

function facts(f: GradeFiling): DescriptionsProps['items'] {
  const items: DescriptionsProps['items'] = [
    { key: 'unit', label: '单位', children: f.unit.name, span: 'filled' },
    { key: 'grade', label: '评定等级', children: f.targetGradeName },
    { key: 'date', label: '拟聘用日期', children: f.plannedDate },
    {
      key: 'standard',
      label: '评定标准',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{f.standard}</span>,
      span: 'filled',
    },
  ];
  if (f.check)
    items.push(
      { key: 'vacancy', label: '空余岗位', children: `${f.check.vacancy} 个` },
      {
        key: 'clauses',
        label: '依据',
        children: (
          <Flex gap={4} wrap>
            {f.check.citations.map((c) => (
              <CitationTag key={`${c.document}-${c.clause}`} citation={c} />
            ))}
          </Flex>
        ),
      },
    );
  if (f.communicatedAt)
    items.push({ key: 'sent', label: '评前沟通', children: formatDateTime(f.communicatedAt) });
  if (f.acknowledgement) items.push({ key: 'ack', label: '省人社厅答复', children: f.acknowledgement });
  if (f.evaluatedOn) items.push({ key: 'evaluated', label: '评定日期', children: f.evaluatedOn });
  if (f.reportNote) items.push({ key: 'note', label: '评定情况', children: f.reportNote, span: 'filled' });
  if (f.approvalDocument) items.push({ key: 'doc', label: '备案核准文号', children: f.approvalDocument });
  return items;
}

interface Props {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
  onEdit: (filing: GradeFiling) => void;
}

/**
 * One grade filing: where it stands, its facts and candidates, the check now, and the steps the
 * server allows this user — the unit edits, sends 评前沟通 and 评后报告; the provincial bureau
 * agrees, approves with its document number, or returns with a reason.
 */
export function GradeFilingDrawer({ id, onClose, onChanged, onEdit }: Props) {
  const phone = !Grid.useBreakpoint().md;
  const detail = useRecord(id, fetchGradeFiling);
  const [refused, setRefused] = useState<PostPlanProblem[] | null>(null);
  const [reporting, setReporting] = useState<GradeFiling | null>(null);
  const [returning, setReturning] = useState<GradeFiling | null>(null);
  const [approving, setApproving] = useState<GradeFiling | null>(null);
  const { busy, run, message } = useAction();
  const data = detail.data;

  const changed = () => {
    setRefused(null);
    onChanged();
    detail.reload();
  };
  const caught = (error: unknown) => {
    const problems = problemsOfRefusal(error);
    if (problems) setRefused(problems);
    return problems !== null;
  };
  const step = (done: string, send: () => Promise<GradeFiling>) =>
    run(async () => {
      try {
        await send();
        message.success(done);
        changed();
      } catch (error) {
        if (!caught(error)) throw error;
      }
    });

  const problems = refused ?? data?.check?.problems ?? [];
  return (
    <DetailDrawer
      subject={id}
      onClose={onClose}
      title={data ? `${data.targetGradeName}岗位评定：${data.unit.name}` : '岗位评定备案'}
      width={780}
    >
      {!data ? (
        <RecordPending
          error={detail.error}
          missingTitle="备案不存在或不在本辖区"
          failedTitle="加载失败"
          rows={10}
        />
      ) : (
        <Flex vertical gap={16} data-testid="grade-filing-detail">
          <Steps
            size="small"
            direction={phone ? 'vertical' : 'horizontal'}
            current={STEP_OF[data.state] ?? 0}
            status={data.state === 'returned' ? 'error' : data.state === 'approved' ? 'finish' : 'process'}
            items={[
              { title: '起草' },
              { title: '评前沟通' },
              { title: '同意开展' },
              { title: '评后报告' },
              { title: '备案核准' },
            ]}
          />
          <Flex gap={8} wrap>
            {data.actions.edit ? <Button onClick={() => onEdit(data)}>修改</Button> : null}
            {data.actions.communicate ? (
              <Button
                type="primary"
                loading={busy}
                data-testid="filing-communicate"
                onClick={() => step('已报送评前沟通，待省人社厅答复', () => communicateGradeFiling(data.id))}
              >
                报送评前沟通
              </Button>
            ) : null}
            {data.actions.acknowledge ? (
              <Popconfirm
                title="同意该单位开展评定？"
                okText="同意"
                onConfirm={() =>
                  step('已答复，单位可开展评定', () =>
                    acknowledgeGradeFiling(data.id, '同意按所报方案开展评定'),
                  )
                }
              >
                <Button type="primary" loading={busy}>
                  同意开展评定
                </Button>
              </Popconfirm>
            ) : null}
            {data.actions.report ? (
              <Button type="primary" onClick={() => setReporting(data)}>
                报送评后报告
              </Button>
            ) : null}
            {data.actions.approve ? (
              <Button type="primary" onClick={() => setApproving(data)}>
                备案核准
              </Button>
            ) : null}
            {data.actions.return ? (
              <Button danger onClick={() => setReturning(data)}>
                退回
              </Button>
            ) : null}
          </Flex>
          <Descriptions
            size="small"
            bordered
            column={phone ? 1 : 2}
            items={facts(data)}
            styles={{ label: { whiteSpace: 'nowrap' } }}
          />
          {data.returnReasons.length > 0 && data.state === 'returned' ? (
            <ReturnReasons reasons={data.returnReasons} />
          ) : null}
          {problems.length > 0 ? (
            <PlanProblems
              problems={problems}
              title={
                refused
                  ? `不予通过：${refused.length}项不符合规定`
                  : `不符合规定的项目（${problems.length}项），改正后方可报送`
              }
            />
          ) : data.state !== 'approved' ? (
            <Alert
              type="success"
              showIcon
              title="参评名单符合岗位数额、现聘等级、任职年限和职称的规定"
              data-testid="filing-check-passed"
            />
          ) : null}
          <Table
            size="small"
            rowKey="personId"
            pagination={false}
            scroll={{ x: 560 }}
            dataSource={data.candidates}
            data-testid="grade-filing-candidates"
            columns={[
              { title: '姓名', dataIndex: 'name' },
              { title: '现聘等级', dataIndex: 'currentGradeName', render: (v: string | null) => v ?? '未聘' },
              { title: '聘用时间', dataIndex: 'currentSince', render: (v: string | null) => v ?? '—' },
              { title: '职称', dataIndex: 'titleLevelName', render: (v: string | null) => v ?? '无' },
              {
                title: '评定结果',
                key: 'passed',
                render: (_, c) =>
                  c.passed === null ? (
                    '—'
                  ) : (
                    <Tag color={c.passed ? 'success' : 'default'}>{c.passed ? '通过' : '未通过'}</Tag>
                  ),
              },
              { title: '票数或得分', dataIndex: 'result', render: (v: string | null) => v ?? '—' },
            ]}
          />
        </Flex>
      )}
      <GradeFilingReportModal
        filing={reporting}
        onRefused={caught}
        onClose={(done) => {
          setReporting(null);
          if (done) changed();
        }}
      />
      <ReasonModal
        subject={returning}
        title="退回岗位评定备案"
        okText="退回"
        danger
        name="grade-filing-return"
        field="reasons"
        label="退回意见（单位改正后重新报送评前沟通）"
        rules={shortReasonRules('退回意见')}
        maxLength={200}
        onCancel={() => setReturning(null)}
        onSubmit={async (reason, filing) => {
          await returnGradeFiling(filing.id, [reason]);
          message.success('已退回');
          setReturning(null);
          changed();
        }}
      />
      <ReasonModal
        subject={approving}
        title="备案核准"
        okText="核准"
        name="grade-filing-approve"
        field="approvalDocument"
        label="备案核准文号"
        extra="核准后评定通过的人员方可聘用到该等级岗位"
        rules={[
          { required: true, whitespace: true, message: '请填写备案核准文号' },
          { min: 4, max: 100, message: '文号为4至100个字' },
        ]}
        maxLength={100}
        rows={1}
        placeholder="如 辽人社备〔2026〕9号"
        onCancel={() => setApproving(null)}
        onSubmit={async (document, filing) => {
          try {
            await approveGradeFiling(filing.id, document);
          } catch (error) {
            // A refusal with its items is shown in the drawer; anything else stays on the modal.
            if (!caught(error)) throw error;
            setApproving(null);
            return;
          }
          message.success('已备案核准');
          setApproving(null);
          changed();
        }}
      />
    </DetailDrawer>
  );
}
