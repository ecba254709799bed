import { Alert, App, Checkbox, Flex, Modal, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { openVoting, type Seat } from '../../api/review';
import { ProblemAlert } from '../../components/problem-alert';
import { quietLoading } from '../../components/quiet-loading';
import { levelNames, nameOf } from '../../lib/labels';
import { seatRoleNames } from './session-labels';
import type { SessionStepModalProps } from './session-step-modal-props';

/** The panel in seat order, by group: members first, then the alternates who may stand in. */
function bySeat(seats: readonly Seat[]): [string, Seat[]][] {
  const groups = new Map<string, Seat[]>();
  for (const seat of seats) groups.set(seat.group, [...(groups.get(seat.group) ?? []), seat]);
  const rank = (s: Seat) => (s.role === 'member' ? 0 : 1);
  return [...groups].map(([group, list]) => [
    group,
    [...list].sort((a, b) => rank(a) - rank(b) || a.order - b.order),
  ]);
}

/**
 * 点名并开始表决: the roll call. Every drawn expert is listed, members ticked; an alternate stands in
 * only for an absent member. The server checks the quorum (2/3 of the members) and opens the
 * single round of voting, or says why not.
 */
export function RollCallModal({ open, detail, onClose }: SessionStepModalProps) {
  const { message } = App.useApp();
  const [present, setPresent] = useState<Set<string>>(new Set());
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const groups = useMemo(() => bySeat(detail.seats), [detail.seats]);

  useEffect(() => {
    if (!open) return;
    setProblem(undefined);
    setPresent(new Set(detail.seats.filter((s) => s.role === 'member').map((s) => s.expertId)));
  }, [open, detail.seats]);

  const toggle = (expertId: string, checked: boolean) =>
    setPresent((previous) => {
      const next = new Set(previous);
      if (checked) next.add(expertId);
      else next.delete(expertId);
      return next;
    });

  const members = detail.seats.filter((s) => s.role === 'member');
  const presentMembers = members.filter((s) => present.has(s.expertId)).length;
  const presentAlternates = detail.seats.filter(
    (s) => s.role === 'alternate' && present.has(s.expertId),
  ).length;

  const save = async () => {
    setSaving(true);
    setProblem(undefined);
    try {
      const answer = await openVoting(detail.id, [...present]);
      message.success(`表决已开始：到会 ${answer.attending} 人（法定人数 ${answer.quorumRequired} 人）`);
      onClose(true);
    } catch (error) {
      setProblem(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="点名并开始表决"
      okText="确认到会名单并开始表决"
      okButtonProps={{ loading: quietLoading(saving) }}
      onOk={save}
      onCancel={() => onClose(false)}
      width={640}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="到会委员须达到委员总数的三分之二；替补专家只能顶替缺席的委员，不得委托他人投票。"
      />
      <ProblemAlert error={problem} title="不能开始表决" style={{ marginBottom: 12 }} />
      <Typography.Paragraph data-testid="roll-call-count">
        到会委员 <Typography.Text strong>{presentMembers}</Typography.Text> / {members.length} 人，到会替补{' '}
        <Typography.Text strong>{presentAlternates}</Typography.Text> 人
      </Typography.Paragraph>
      <div data-testid="roll-call">
        {groups.map(([group, seats]) => (
          <div key={group} style={{ marginBottom: 12 }}>
            <Typography.Text strong>{group}</Typography.Text>
            <Flex vertical gap={6} style={{ marginTop: 6 }}>
              {seats.map((seat) => (
                <div key={seat.expertId} data-testid="roll-call-seat">
                  <Checkbox
                    checked={present.has(seat.expertId)}
                    onChange={(event) => toggle(seat.expertId, event.target.checked)}
                  >
                    <Tag color={seat.role === 'member' ? 'blue' : 'default'}>
                      {seatRoleNames[seat.role]}
                      {seat.order}
                    </Tag>
                    {seat.name}
                    <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                      {seat.unitName} · {nameOf(levelNames, seat.level)}
                    </Typography.Text>
                  </Checkbox>
                </div>
              ))}
            </Flex>
          </div>
        ))}
      </div>
    </Modal>
  );
}
