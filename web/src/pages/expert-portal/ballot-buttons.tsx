import { CheckCircleFilled } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { type BallotChoice, castBallot } from '../../api/expert-portal';

interface Props {
  sessionId: string;
  code: string;
  voted: boolean;
  /** After a ballot (or the server saying one was already cast): load the items again. */
  onCast: () => void;
}

const ballotChoiceNames: Record<BallotChoice, string> = {
  agree: '同意',
  disagree: '不同意',
  abstain: '弃权',
};

const choices: { choice: BallotChoice; danger?: boolean; primary?: boolean }[] = [
  { choice: 'agree', primary: true },
  { choice: 'disagree', danger: true },
  { choice: 'abstain' },
];

/**
 * 投票: one anonymous ballot per item, single round. The choice is confirmed first and never shown
 * back — once cast, the card says only 已投票.
 */
export function BallotButtons({ sessionId, code, voted, onCast }: Props) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);

  if (voted)
    return (
      <Flex align="center" gap={8} data-testid="ballot-cast">
        <CheckCircleFilled style={{ color: '#52c41a', fontSize: 18 }} />
        <Typography.Text strong>已投票</Typography.Text>
        <Typography.Text type="secondary">（匿名，不显示投票内容）</Typography.Text>
      </Flex>
    );

  const cast = (choice: BallotChoice) =>
    modal.confirm({
      title: `对 ${code} 投「${ballotChoiceNames[choice]}」票？`,
      content: '每项只投一票，投出后不能更改；表决只进行一轮。',
      okText: `确认投「${ballotChoiceNames[choice]}」`,
      cancelText: '再想想',
      centered: true,
      onOk: async () => {
        setBusy(true);
        try {
          await castBallot(sessionId, code, choice);
          message.success(`${code} 已投票`);
          onCast();
        } catch (error) {
          message.error(errorMessage(error));
          // Already cast (another device, a double tap): the card should say so.
          if (error instanceof ApiError && error.code === 'BALLOT_ALREADY_CAST') onCast();
        } finally {
          setBusy(false);
        }
      },
    });

  return (
    <Flex gap={8} data-testid="ballot-buttons">
      {choices.map(({ choice, danger, primary }) => (
        <Button
          key={choice}
          size="large"
          type={primary ? 'primary' : 'default'}
          danger={danger}
          disabled={busy}
          onClick={() => cast(choice)}
          style={{ flex: 1 }}
        >
          {ballotChoiceNames[choice]}
        </Button>
      ))}
    </Flex>
  );
}
