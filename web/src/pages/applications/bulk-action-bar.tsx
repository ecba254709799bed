import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import {
  type ApplicationAction,
  type ApplicationSummary,
  type BulkOutcome,
  transitionApplications,
} from '../../api/applications';
import { isSetback } from '../../lib/application-labels';
import { bulkEvents } from './bulk-events';
import { TransitionModal } from './transition-modal';

interface Props {
  selected: ApplicationSummary[];
  /** After a bulk step: clear the selection and load the list again. */
  onDone: () => void;
  onClear: () => void;
}

/** The failures of a bulk step, one line each, named by application number and person. */
function failureLines(outcome: BulkOutcome, selected: ApplicationSummary[]) {
  const byId = new Map(selected.map((row) => [row.id, row]));
  return outcome.results
    .filter((result) => !result.ok)
    .map((result) => {
      const row = byId.get(result.id);
      return {
        key: result.id,
        who: row ? `${row.number} ${row.personName}` : result.id,
        why: result.message,
      };
    });
}

/** 批量操作: the steps the server offers on the selected applications, each judged by the server again. */
export function BulkActionBar({ selected, onDone, onClear }: Props) {
  const { message, modal } = App.useApp();
  const [action, setAction] = useState<ApplicationAction | null>(null);
  if (selected.length === 0) return null;
  const events = bulkEvents(selected);

  const run = async (input: { reason?: string | null; unitCommitment?: boolean }) => {
    if (!action) return;
    const outcome = await transitionApplications(
      selected.map((row) => row.id),
      action.event,
      { reason: input.reason ?? null, unitCommitment: input.unitCommitment },
    );
    setAction(null);
    onDone();
    if (outcome.failed === 0) {
      message.success(`「${action.name}」已办理 ${outcome.succeeded} 件`);
      return;
    }
    modal.warning({
      title: `「${action.name}」成功 ${outcome.succeeded} 件，未办理 ${outcome.failed} 件`,
      width: 560,
      content: (
        <ul style={{ paddingInlineStart: 18, margin: 0 }} data-testid="bulk-failures">
          {failureLines(outcome, selected).map((line) => (
            <li key={line.key}>
              <Typography.Text strong>{line.who}</Typography.Text>：{line.why}
            </li>
          ))}
        </ul>
      ),
    });
  };

  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      styles={{ body: { paddingBlock: 8 } }}
      data-testid="bulk-bar"
    >
      <Flex align="center" gap={8} wrap>
        <Typography.Text>
          已选择 <Typography.Text strong>{selected.length}</Typography.Text> 件
        </Typography.Text>
        {events.length === 0 ? (
          <Typography.Text type="secondary">所选申报当前没有您可批量办理的操作</Typography.Text>
        ) : (
          events.map((event) => (
            <Button
              key={event.event}
              size="small"
              danger={isSetback(event.event)}
              type={isSetback(event.event) ? 'default' : 'primary'}
              ghost={!isSetback(event.event)}
              onClick={() => setAction(event)}
            >
              批量{event.name}
            </Button>
          ))
        )}
        <Button size="small" type="link" onClick={onClear}>
          取消选择
        </Button>
      </Flex>
      <TransitionModal
        action={action}
        count={selected.length}
        onSubmit={run}
        onClose={() => setAction(null)}
      />
    </Card>
  );
}
