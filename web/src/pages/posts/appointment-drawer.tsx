import { Button, Descriptions, type DescriptionsProps, Flex, Grid } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type Appointment,
  type AppointmentFinding,
  fetchAppointment,
  proposeAppointment,
  reviewAppointment,
} from '../../api/posts';
import { DetailDrawer, RecordPending } from '../../components/detail-drawer';
import { formatDateTime } from '../../lib/time';
import { useRecord } from '../../lib/use-record';
import {
  EndAppointmentModal,
  FileAppointmentModal,
  ReturnAppointmentModal,
} from './appointment-decision-modals';
import { AppointmentFindings, findingsOfRefusal, refusalTitle } from './appointment-findings';
import { AppointmentStateTag } from './appointment-labels';
import { ReturnReasons } from './post-plan-wizard';
import { StepButtons, useDrawerSteps } from './workflow-drawer-steps';

/** What the unit stated about the person on its request, as the reviewers read it. */
function statementsOf(request: NonNullable<Appointment['request']>): string {
  const stated = [
    request.person.newStaff && '新增人员',
    request.person.exchangeEntrant && '交流进入',
    request.person.dualRole && '双肩挑',
    request.person.introducedTalent && '引进人才',
    request.person.fromCategory &&
      `由${request.person.fromCategory === 'management' ? '管理' : '工勤技能'}岗位转聘`,
    request.institutionalReform && '因机构改革等特殊需要安置',
    request.conversionSchemeApproved && '转聘工作方案已经主管部门批准',
  ].filter(Boolean);
  return stated.length > 0 ? stated.join('、') : '无';
}

/** The facts of one appointment as the parties read them; the dates each step depends on first. */
export function appointmentFacts(a: Appointment): DescriptionsProps['items'] {
  const items: DescriptionsProps['items'] = [
    { key: 'unit', label: '单位', children: a.unit.name, span: 'filled' },
    {
      key: 'person',
      label: '拟聘人员',
      children: <Link to={`/post-history/${a.person.id}`}>{a.person.name}</Link>,
    },
    { key: 'state', label: '状态', children: <AppointmentStateTag state={a.state} name={a.stateName} /> },
    { key: 'kind', label: '聘用类型', children: a.kindName },
    {
      key: 'grade',
      label: '岗位等级',
      children: a.borrowedFromGrade ? `${a.gradeName}（借用${a.borrowedFromGrade}级岗位）` : a.gradeName,
    },
    {
      key: 'period',
      label: '聘用期',
      children: `${a.startDate} 起${a.endDate ? `，至 ${a.endDate} 止` : ''}`,
    },
  ];
  if (a.publicityUntil) items.push({ key: 'publicity', label: '单位公示截止', children: a.publicityUntil });
  if (a.titleDueDate) items.push({ key: 'due', label: '先聘后评：取得职称期限', children: a.titleDueDate });
  if (a.reason) items.push({ key: 'reason', label: '事由', children: a.reason, span: 'filled' });
  if (a.request)
    items.push({ key: 'stated', label: '单位说明', children: statementsOf(a.request), span: 'filled' });
  if (a.approvalDocument)
    items.push({
      key: 'document',
      label: a.kind === 'special' ? '核准文号' : '备案文号',
      children: a.approvalDocument,
    });
  if (a.check) items.push({ key: 'policy', label: '适用政策', children: a.check.policy.id });
  items.push({ key: 'updated', label: '更新时间', children: formatDateTime(a.updatedAt) });
  return items;
}

interface Props {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
  /** The unit corrects a draft or a returned request in the form (where the page has one). */
  onEdit?: (appointment: Appointment) => void;
}

/**
 * One appointment with its findings and the steps the server allows this user (`actions`): the unit
 * corrects and proposes it or ends a filed one, the department reviews after the publicity or
 * returns it with reasons, the bureau files it with its document number or returns it.
 */
export function AppointmentDrawer({ id, onClose, onChanged, onEdit }: Props) {
  const phone = !Grid.useBreakpoint().md;
  const detail = useRecord(id, fetchAppointment);
  const [returning, setReturning] = useState<Appointment | null>(null);
  const [filing, setFiling] = useState<Appointment | null>(null);
  const [ending, setEnding] = useState<Appointment | null>(null);
  const data = detail.data;
  const { busy, refused, setRefused, step, closeWith } = useDrawerSteps(
    detail.reload,
    onChanged,
    (error): { findings: AppointmentFinding[]; message: string } | null => {
      const findings = findingsOfRefusal(error);
      return findings ? { findings, message: refusalTitle(error) } : null;
    },
  );

  return (
    <DetailDrawer
      subject={id}
      onClose={onClose}
      title={data ? `聘用：${data.person.name}（${data.gradeName}）` : '聘用'}
      width={760}
    >
      {!data ? (
        <RecordPending
          error={detail.error}
          missingTitle="聘用记录不存在或不在本辖区"
          failedTitle="加载失败"
          rows={8}
        />
      ) : (
        <Flex vertical gap={16} data-testid="appointment-detail">
          <StepButtons
            busy={busy}
            buttons={[
              {
                label: '修改',
                show: data.actions.edit && Boolean(onEdit),
                onClick: () => onEdit?.(data),
                testId: 'appointment-edit',
              },
              {
                label: '公示',
                show: data.actions.propose,
                kind: 'primary',
                onClick: () =>
                  step(
                    (a) => `已提交并在单位公示，公示期至 ${a.publicityUntil ?? '—'}`,
                    () => proposeAppointment(data.id),
                  ),
              },
              {
                label: '审核通过',
                show: data.actions.review,
                kind: 'primary',
                confirm: {
                  title: '审核通过该聘用申请？',
                  description: '通过后报人社部门备案。',
                  okText: '通过',
                },
                onClick: () =>
                  step(
                    () => '已审核通过，报人社部门备案',
                    () => reviewAppointment(data.id),
                  ),
              },
              { label: '备案', show: data.actions.file, kind: 'primary', onClick: () => setFiling(data) },
              { label: '退回', show: data.actions.return, kind: 'danger', onClick: () => setReturning(data) },
              { label: '解除聘用', show: data.actions.end, kind: 'danger', onClick: () => setEnding(data) },
            ]}
          >
            <Link to={`/post-history/${data.person.id}`}>
              <Button>聘用经历</Button>
            </Link>
          </StepButtons>
          <Descriptions size="small" bordered column={phone ? 1 : 2} items={appointmentFacts(data)} />
          {data.returnReasons.length > 0 && data.state === 'returned' ? (
            <ReturnReasons reasons={data.returnReasons} />
          ) : null}
          {refused ? (
            <AppointmentFindings check={null} refused={refused.findings} refusedMessage={refused.message} />
          ) : (
            <AppointmentFindings
              check={data.check}
              allowedTitle={
                data.state === 'draft' || data.state === 'returned'
                  ? undefined
                  : '按现行政策检查，符合聘用规定'
              }
            />
          )}
        </Flex>
      )}
      <ReturnAppointmentModal appointment={returning} onClose={closeWith(() => setReturning(null))} />
      <FileAppointmentModal
        appointment={filing}
        onRefused={(findings) => setRefused({ findings, message: '备案未通过：聘用不符合规定' })}
        onClose={closeWith(() => setFiling(null))}
      />
      <EndAppointmentModal appointment={ending} onClose={closeWith(() => setEnding(null))} />
    </DetailDrawer>
  );
}
