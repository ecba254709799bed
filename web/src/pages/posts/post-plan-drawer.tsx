import { Button, Descriptions, type DescriptionsProps, Flex, Grid, Table } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../../api/download';
import {
  fetchPostPlan,
  type PostPlan,
  postPlanReviewFormPath,
  postPlanReviewPdfPath,
  reviewPostPlan,
  submitPostPlan,
} from '../../api/posts';
import { DetailDrawer, RecordPending } from '../../components/detail-drawer';
import { formatDateTime } from '../../lib/time';
import { useRecord } from '../../lib/use-record';
import { ApprovePlanModal, ReturnPlanModal } from './plan-decision-modals';
import { PlanProblems, problemsOfRefusal } from './plan-problems';
import { PlanStateTag, postGradeName } from './post-plan-labels';
import { ReturnReasons } from './post-plan-wizard';
import { StepButtons, useDrawerSteps } from './workflow-drawer-steps';

/** The 审核表 in the two formats the server makes: the same content as a workbook and as a printable PDF. */
const REVIEW_FORMS = [
  { format: 'Excel', extension: 'xlsx', path: postPlanReviewFormPath },
  { format: 'PDF', extension: 'pdf', path: postPlanReviewPdfPath },
] as const;

function facts(plan: PostPlan): DescriptionsProps['items'] {
  const items: DescriptionsProps['items'] = [
    { key: 'unit', label: '单位', children: plan.unit.name, span: 'filled' },
    {
      key: 'state',
      label: '状态',
      children: <PlanStateTag state={plan.state} name={plan.stateName} />,
    },
    { key: 'version', label: '版本', children: `第${plan.version}版` },
    { key: 'staffing', label: '编制数', children: plan.staffingQuota },
    { key: 'funding', label: '经费形式', children: plan.fundingName },
    {
      key: 'totals',
      label: '岗位总量',
      children: `专业技术 ${plan.totals.professional}，管理 ${plan.totals.management}，工勤技能 ${plan.totals.support}`,
      span: 'filled',
    },
    {
      key: 'period',
      label: '执行期',
      children: `${plan.effectiveFrom} 起${plan.effectiveUntil ? `，至 ${plan.effectiveUntil} 止` : ''}`,
    },
    { key: 'policy', label: '适用政策', children: plan.check.policy.name },
  ];
  if (plan.approvalDocument)
    items.push({ key: 'document', label: '批复文号', children: plan.approvalDocument });
  if (plan.submittedAt)
    items.push({ key: 'submitted', label: '报送时间', children: formatDateTime(plan.submittedAt) });
  if (plan.approvedAt)
    items.push({ key: 'approved', label: '批准时间', children: formatDateTime(plan.approvedAt) });
  return items;
}

interface Props {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
  /** The unit edits a draft or a returned plan in the wizard. */
  onEdit: (plan: PostPlan) => void;
}

/**
 * One plan with its structure check and the steps the server allows this user (`actions`): the unit
 * edits and submits, the department reviews or returns with reasons, the bureau approves with its
 * document number or returns; everyone in scope downloads the 审核表.
 */
export function PostPlanDrawer({ id, onClose, onChanged, onEdit }: Props) {
  const phone = !Grid.useBreakpoint().md;
  const detail = useRecord(id, fetchPostPlan);
  const [returning, setReturning] = useState<PostPlan | null>(null);
  const [approving, setApproving] = useState<PostPlan | null>(null);
  const data = detail.data;
  const { busy, run, refused, setRefused, step, changed } = useDrawerSteps<PostPlan['check']['problems']>(
    detail.reload,
    onChanged,
    problemsOfRefusal,
  );

  return (
    <DetailDrawer
      subject={id}
      onClose={onClose}
      title={data ? `岗位设置方案：${data.unit.name}（第${data.version}版）` : '岗位设置方案'}
      width={760}
    >
      {!data ? (
        <RecordPending
          error={detail.error}
          missingTitle="方案不存在或不在本辖区"
          failedTitle="加载失败"
          rows={10}
        />
      ) : (
        <Flex vertical gap={16} data-testid="post-plan-detail">
          <StepButtons
            busy={busy}
            buttons={[
              { label: '修改', show: data.actions.edit, onClick: () => onEdit(data), testId: 'plan-edit' },
              {
                label: '报送',
                show: data.actions.submit,
                kind: 'primary',
                onClick: () =>
                  step(
                    (plan) => `已报送，${plan.stateName}`,
                    () => submitPostPlan(data.id),
                  ),
              },
              {
                label: '审核通过',
                show: data.actions.review,
                kind: 'primary',
                confirm: { title: '审核通过该方案？', description: '通过后报人社部门审批。', okText: '通过' },
                onClick: () =>
                  step(
                    () => '已审核通过，报人社部门审批',
                    () => reviewPostPlan(data.id),
                  ),
              },
              {
                label: '批准',
                show: data.actions.approve,
                kind: 'primary',
                onClick: () => setApproving(data),
              },
              { label: '退回', show: data.actions.return, kind: 'danger', onClick: () => setReturning(data) },
            ]}
          >
            {REVIEW_FORMS.map((form) => (
              <Button
                key={form.format}
                onClick={() =>
                  run(() =>
                    downloadFile(
                      form.path(data.id),
                      {},
                      `岗位设置审核表-${data.unit.name}.${form.extension}`,
                    ),
                  )
                }
              >
                下载审核表({form.format})
              </Button>
            ))}
          </StepButtons>
          <Descriptions size="small" bordered column={phone ? 1 : 2} items={facts(data)} />
          {data.returnReasons.length > 0 && data.state === 'returned' ? (
            <ReturnReasons reasons={data.returnReasons} />
          ) : null}
          <PlanProblems
            problems={refused ?? data.check.problems}
            title={refused ? `不予通过：${refused.length}项不符合规定` : undefined}
          />
          <Table
            size="small"
            pagination={false}
            rowKey="grade"
            dataSource={data.gradeQuotas}
            data-testid="plan-grades"
            columns={[
              { title: '等级', dataIndex: 'grade', render: (grade: number) => postGradeName(grade) },
              { title: '核定岗位数', dataIndex: 'quota', align: 'right' },
            ]}
          />
          {data.specialPosts.length > 0 ? (
            <Table
              size="small"
              pagination={false}
              rowKey={(line) => `${line.grade}-${line.reason}`}
              dataSource={data.specialPosts}
              title={() => '特设岗位'}
              columns={[
                { title: '等级', dataIndex: 'grade', render: (grade: number) => postGradeName(grade) },
                { title: '数量', dataIndex: 'count', align: 'right' },
                { title: '事由', dataIndex: 'reason' },
                {
                  title: '依据',
                  dataIndex: 'citation',
                  render: (citation: string | null) => citation ?? '—',
                },
              ]}
            />
          ) : null}
        </Flex>
      )}
      <ReturnPlanModal
        plan={returning}
        onClose={(done) => {
          setReturning(null);
          if (done) changed();
        }}
      />
      <ApprovePlanModal
        plan={approving}
        onRefused={setRefused}
        onClose={(done) => {
          setApproving(null);
          if (done) changed();
        }}
      />
    </DetailDrawer>
  );
}
