import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import {
  closeVoting,
  drawPanel,
  fileResults,
  fixResults,
  type SessionDetail,
  type SessionStep,
} from '../../api/review';
import { AgendaModal } from './agenda-modal';
import { AnnounceModal } from './announce-modal';
import { CapAdjustmentModal } from './cap-adjustment-modal';
import { DefenceModal } from './defence-modal';
import { RollCallModal } from './roll-call-modal';
import { SeedModal } from './seed-modal';

interface Props {
  detail: SessionDetail;
  /** After a step: load the session again. */
  onDone: () => void;
  /** Shows a tab of the console (the results after 预览结果, the hashes after the seed). */
  showTab: (tab: string) => void;
}

/** Steps that need a form open one; the others are confirmed in a dialog and then sent. */
type FormStep =
  | 'agenda'
  | 'publish-seed'
  | 'schedule-defence'
  | 'open-voting'
  | 'cap-adjustments'
  | 'announce';

/** What each confirmed step says before it is taken, and what it reports after. */
const confirmations: Partial<
  Record<
    SessionStep['step'],
    {
      title: string;
      content: string;
      danger?: boolean;
      run: (id: string) => Promise<unknown>;
      done: (answer: never) => string;
    }
  >
> = {
  draw: {
    title: '抽取评审专家',
    content:
      '将按已公布的种子和专家库快照抽取各专业组的委员与替补，并自动回避同单位、有利害关系的专家。抽取结果可由任何人用种子复现，不能重新抽取。',
    run: drawPanel,
    done: (answer: { seats: number; recusals: number }) =>
      `已抽取 ${answer.seats} 名专家，记录回避 ${answer.recusals} 项`,
  },
  'close-voting': {
    title: '结束表决',
    content: '表决只进行一轮：结束后专家不能再投票，未投票的视为未参加该项表决。确定结束吗？',
    danger: true,
    run: closeVoting,
    done: (answer: { ballots: number }) => `表决已结束，共收到 ${answer.ballots} 张选票`,
  },
  'fix-results': {
    title: '确定评审结果',
    content:
      '结果一经确定即不可更改，也不进行第二轮投票；确定后将开始评审结果公示（5个工作日），并计算报送备案的期限。请先核对结果预览。',
    danger: true,
    run: fixResults,
    done: (answer: { passed: number; failed: number; publicityEndsOn: string }) =>
      `结果已确定：通过 ${answer.passed} 人，未通过 ${answer.failed} 人；公示至 ${answer.publicityEndsOn}`,
  },
  file: {
    title: '报送备案',
    content: '将本次会议的评审结果报送人社部门备案。公示期间的异议须已处理完毕。',
    run: fileResults,
    done: (answer: { filedOn: string; applications: number; overdue: boolean }) =>
      `已于 ${answer.filedOn} 报送备案（${answer.applications} 件）${answer.overdue ? '，已超过备案期限' : ''}`,
  },
};

/**
 * 办理: exactly the steps the server offers in the session's stage (DESIGN rule 4), the first as the
 * primary button. The server refuses a step someone else took meanwhile; its message is shown.
 */
export function SessionActions({ detail, onDone, showTab }: Props) {
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState<FormStep | null>(null);

  const close = (changed: boolean) => {
    setOpen(null);
    if (changed) onDone();
  };

  const take = (step: SessionStep) => {
    if (step.step === 'preview') {
      showTab('results');
      return;
    }
    const confirm = confirmations[step.step];
    if (!confirm) {
      setOpen(step.step as FormStep);
      return;
    }
    modal.confirm({
      title: confirm.title,
      content: confirm.content,
      okText: step.name,
      okButtonProps: { danger: confirm.danger },
      cancelText: '取消',
      width: 480,
      onOk: async () => {
        try {
          const answer = await confirm.run(detail.id);
          message.success(confirm.done(answer as never));
          if (step.step === 'fix-results') showTab('results');
          if (step.step === 'draw') showTab('panel');
          onDone();
        } catch (error) {
          message.error(`${step.name}失败：${errorMessage(error)}`);
        }
      },
    });
  };

  // What the office may do now (the session's `actions`); the minutes are kept in their own tab.
  const steps = detail.actions.filter((action) => action.step !== 'minutes');
  if (steps.length === 0)
    return (
      <Typography.Text type="secondary" data-testid="no-steps">
        {detail.status === 'announced' ? '会议事项已全部办结。' : `当前阶段为「${detail.statusName}」。`}
      </Typography.Text>
    );

  // The step that moves the session on is the primary one; an empty agenda must be filled first.
  const hasAgendaStep = steps.some((step) => step.step === 'agenda');
  const primary = hasAgendaStep && detail.agenda.length === 0 ? 'agenda' : steps[steps.length - 1]?.step;
  return (
    <>
      <Flex gap={8} wrap data-testid="session-steps">
        {steps.map((step) => (
          <Button
            key={step.step}
            type={step.step === primary ? 'primary' : 'default'}
            danger={step.step === 'fix-results'}
            onClick={() => take(step)}
          >
            {step.name}
          </Button>
        ))}
      </Flex>
      <AgendaModal open={open === 'agenda'} detail={detail} onClose={close} />
      <SeedModal
        open={open === 'publish-seed'}
        detail={detail}
        onClose={(changed) => {
          close(changed);
          if (changed) showTab('draw');
        }}
      />
      <DefenceModal open={open === 'schedule-defence'} detail={detail} onClose={close} />
      <RollCallModal open={open === 'open-voting'} detail={detail} onClose={close} />
      <CapAdjustmentModal open={open === 'cap-adjustments'} detail={detail} onClose={close} />
      <AnnounceModal open={open === 'announce'} detail={detail} onClose={close} />
    </>
  );
}
