import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import {
  type ApplicationAction,
  type ApplicationDetail,
  transitionApplication,
} from '../../api/applications';
import { isSetback } from '../../lib/application-labels';
import { TransitionModal } from '../applications/transition-modal';

interface Props {
  detail: ApplicationDetail;
  /** After a step: load the application again. */
  onDone: () => void;
}

/**
 * 办理: exactly the steps the server offers this user on this application now, each opening the form it
 * needs; the step is refused if someone else acted since the page was loaded.
 */
export function ActionPanel({ detail, onDone }: Props) {
  const { message } = App.useApp();
  const [action, setAction] = useState<ApplicationAction | null>(null);
  const forward = detail.actions.filter((candidate) => !isSetback(candidate.event));
  const back = detail.actions.filter((candidate) => isSetback(candidate.event));
  const stopped = detail.state === 'returned' || detail.state === 'not-recommended';

  const run = async (input: Parameters<typeof transitionApplication>[2]) => {
    if (!action) return;
    const updated = await transitionApplication(detail.id, action.event, {
      ...input,
      expectedVersion: detail.version,
    });
    message.success(`「${action.name}」已办理，当前状态：${updated.stateName}`);
    setAction(null);
    onDone();
  };

  return (
    <Card size="small" title="办理" style={{ marginBottom: 16 }} data-testid="action-panel">
      {stopped && detail.lastReason ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={detail.state === 'returned' ? '退回理由' : '不予推荐的理由'}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{detail.lastReason}</span>}
          data-testid="last-reason"
        />
      ) : null}
      {detail.actions.length === 0 ? (
        <Typography.Text type="secondary" data-testid="no-actions">
          当前状态为「{detail.stateName}」，没有需要您办理的事项。
        </Typography.Text>
      ) : (
        <Flex gap={8} wrap>
          {forward.map((candidate, index) => (
            <Button
              key={candidate.event}
              type={index === 0 ? 'primary' : 'default'}
              onClick={() => setAction(candidate)}
            >
              {candidate.name}
            </Button>
          ))}
          {back.map((candidate) => (
            <Button key={candidate.event} danger onClick={() => setAction(candidate)}>
              {candidate.name}
            </Button>
          ))}
        </Flex>
      )}
      <TransitionModal
        action={action}
        count={1}
        target={{ series: detail.series, level: detail.level }}
        onSubmit={run}
        onClose={() => setAction(null)}
      />
    </Card>
  );
}
