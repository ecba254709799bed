import { Button, Flex, Popconfirm } from 'antd';
import { type ReactNode, useState } from 'react';
import { useAction } from '../../lib/use-action';

/**
 * The steps a drawer of a plan or an appointment takes on its record: each says what it did and
 * reloads the record and the list behind; a refusal the rules explain (422 with every item, read by
 * `refusalOf`) is kept for the drawer to list, anything else is said in a message line. `run` is
 * for what changes nothing (a download).
 */
export function useDrawerSteps<R>(
  reload: () => void,
  onChanged: () => void,
  refusalOf: (error: unknown) => R | null,
) {
  const { busy, run, message } = useAction();
  const [refused, setRefused] = useState<R | null>(null);

  const changed = () => {
    setRefused(null);
    onChanged();
    reload();
  };

  const step = <T,>(done: (record: T) => string, send: () => Promise<T>) =>
    run(async () => {
      try {
        message.success(done(await send()));
        changed();
      } catch (error) {
        const refusal = refusalOf(error);
        if (!refusal) throw error;
        setRefused(refusal);
        // Reloaded so the drawer shows the record as the server holds it beside the refusal.
        reload();
      }
    });

  /** A decision modal's `onClose`: closes it, and reloads when it changed the record. */
  const closeWith = (close: () => void) => (done: boolean) => {
    close();
    if (done) changed();
  };

  return { busy, run, refused, setRefused, step, changed, closeWith };
}

/** A button of a record's steps, shown when the record's `actions` allow it. */
export interface StepButton {
  label: string;
  show: boolean;
  /** `primary` moves the record on; `danger` sends it back or ends it. */
  kind?: 'primary' | 'danger';
  onClick: () => void;
  /** Asked before the step (审核通过 has no form of its own to confirm it). */
  confirm?: { title: string; description: string; okText: string };
  testId?: string;
}

/**
 * The bar of a drawer's steps, declared as data by the drawer (what `actions` allows, in the order
 * the chain takes them), so plans and appointments draw, confirm and disable them alike; `children`
 * follow them (a download, a link).
 */
export function StepButtons({
  buttons,
  busy,
  children,
}: {
  buttons: readonly StepButton[];
  busy: boolean;
  children?: ReactNode;
}) {
  return (
    <Flex gap={8} wrap>
      {buttons
        .filter((b) => b.show)
        .map((b) => {
          const button = (
            <Button
              key={b.label}
              type={b.kind === 'primary' ? 'primary' : 'default'}
              danger={b.kind === 'danger'}
              loading={b.kind === 'primary' ? busy : undefined}
              onClick={b.confirm ? undefined : b.onClick}
              data-testid={b.testId}
            >
              {b.label}
            </Button>
          );
          return b.confirm ? (
            <Popconfirm key={b.label} {...b.confirm} onConfirm={b.onClick}>
              {button}
            </Popconfirm>
          ) : (
            button
          );
        })}
      {children}
    </Flex>
  );
}
