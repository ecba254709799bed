import { Button, Descriptions, type DescriptionsProps, Flex, Grid, Popconfirm, Table } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../../api/download';
import {
  approvePostPlan,
  fetchPostPlan,
  type PostPlan,
  postPlanReviewFormPath,
  returnPostPlan,
  reviewPostPlan,
  submitPostPlan,
} from '../../api/posts';
import { DetailDrawer, RecordPending } from '../../components/detail-drawer';
import { ReasonModal } from '../../components/reason-modal';
import { formatDateTime } from '../../lib/time';
import { useAction } from '../../lib/use-action';
import { useRecord } from '../../lib/use-record';
import { PlanProblems, problemsOfRefusal } from './plan-problems';
import { PlanStateTag, postGradeName } from './post-plan-labels';
import { ReturnReasons } from './post-plan-wizard';

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
  const [refused, setRefused] = useState<PostPlan['check']['problems'] | null>(null);
  const { busy, run, message } = useAction();
  const data = detail.data;

  const changed = () => {
    setRefused(null);
    onChanged();
    detail.reload();
  };

  const step = (done: (plan: PostPlan) => string, send: () => Promise<PostPlan>) =>
    run(async () => {
      try {
        message.success(done(await send()));
        changed();
      } catch (error) {
        const problems = problemsOfRefusal(error);
        if (!problems) throw error;
        setRefused(problems);
      }
    });

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
          <Flex gap={8} wrap>
            {data.actions.edit ? (
              <Button onClick={() => onEdit(data)} data-testid="plan-edit">
                修改
              </Button>
            ) : null}
            {data.actions.submit ? (
              <Button
                type="primary"
                loading={busy}
                onClick={() =>
                  step(
                    (plan) => `已报送，${plan.stateName}`,
                    () => submitPostPlan(data.id),
                  )
                }
              >
                报送
              </Button>
            ) : null}
            {data.actions.review ? (
              <Popconfirm
                title="审核通过该方案？"
                description="通过后报人社部门审批。"
                okText="通过"
                onConfirm={() =>
                  step(
                    () => '已审核通过，报人社部门审批',
                    () => reviewPostPlan(data.id),
                  )
                }
              >
                <Button type="primary" loading={busy}>
                  审核通过
                </Button>
              </Popconfirm>
            ) : null}
            {data.actions.approve ? (
              <Button type="primary" onClick={() => setApproving(data)}>
                批准
              </Button>
            ) : null}
            {data.actions.return ? (
              <Button danger onClick={() => setReturning(data)}>
                退回
              </Button>
            ) : null}
            <Button
              onClick={() =>
                run(() =>
                  downloadFile(postPlanReviewFormPath(data.id), {}, `岗位设置审核表-${data.unit.name}.xlsx`),
                )
              }
            >
              下载审核表
            </Button>
          </Flex>
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
      <ReasonModal
        subject={returning}
        title={`退回方案：${returning?.unit.name ?? ''}`}
        okText="退回"
        danger
        name="plan-return"
        field="reasons"
        label="退回意见（每行一条）"
        extra="单位将逐条看到这些意见，改正后重新报送"
        rules={[{ required: true, whitespace: true, min: 2, message: '请逐条填写退回意见（每条至少2个字）' }]}
        maxLength={2000}
        rows={5}
        placeholder={'如：高级岗位超过结构比例\n如：管理岗位数与编制不符'}
        onSubmit={async (text, plan) => {
          const reasons = text
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean);
          await returnPostPlan(plan.id, reasons);
          message.success(`已退回 ${plan.unit.name} 的方案（${reasons.length}条意见）`);
          setReturning(null);
          changed();
        }}
        onCancel={() => setReturning(null)}
      />
      <ReasonModal
        subject={approving}
        title={`批准方案：${approving?.unit.name ?? ''}`}
        okText="批准"
        name="plan-approve"
        field="approvalDocument"
        label="批复文号"
        extra="批准后方案自生效日期起执行，原方案同日终止"
        rules={[
          { required: true, whitespace: true, message: '请填写批复文号' },
          { min: 4, max: 100, message: '批复文号为4至100个字' },
        ]}
        maxLength={100}
        rows={1}
        placeholder="如：鞍人社批〔2026〕12号"
        onSubmit={async (document, plan) => {
          try {
            await approvePostPlan(plan.id, document);
          } catch (error) {
            const problems = problemsOfRefusal(error);
            if (!problems) throw error;
            setRefused(problems);
            setApproving(null);
            return;
          }
          message.success(`已批准 ${plan.unit.name} 的岗位设置方案`);
          setApproving(null);
          changed();
        }}
        onCancel={() => setApproving(null)}
      />
    </DetailDrawer>
  );
}
