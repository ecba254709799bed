import { Drawer, Grid, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { ProblemAlert } from './problem-alert';

interface Props {
  /** The row shown (or its id); `null` keeps the drawer closed. */
  subject: unknown;
  onClose: () => void;
  title: ReactNode;
  /** The drawer's width on a desk; on a phone it takes the whole screen. */
  width: number;
  children: ReactNode;
}

/**
 * The side panel a list opens on one of its rows (a unit, a certificate): the whole screen on a phone,
 * `width` beside the list on a desk, and emptied on close so the next row never shows the last one's state.
 */
export function DetailDrawer({ subject, onClose, title, width, children }: Props) {
  const phone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={subject !== null}
      onClose={onClose}
      title={title}
      size={phone ? '100%' : width}
      destroyOnHidden
    >
      {children}
    </Drawer>
  );
}

/**
 * What a drawer shows until its record is there: a skeleton of `rows` lines while it loads; for a
 * 404, that the record is not there or not within this user's reach; for another failure, the reason.
 */
export function RecordPending({
  error,
  missingTitle,
  failedTitle,
  rows,
}: {
  error: unknown;
  missingTitle: string;
  failedTitle: string;
  rows: number;
}) {
  if (!error) return <Skeleton active paragraph={{ rows }} />;
  if (error instanceof ApiError && error.status === 404) return <Result status="404" title={missingTitle} />;
  return <ProblemAlert error={error} title={failedTitle} />;
}
