import { Button, Popconfirm } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  /** The question the step asks first, e.g. 解锁账号 zhang？ */
  title: ReactNode;
  /** What the step does, where the question alone does not say it. */
  description?: ReactNode;
  /** The verb on the confirm button (解锁, 确认, 移出). */
  okText: string;
  /** A step that takes something away: a red link and a red confirm button. */
  danger?: boolean;
  onConfirm: () => void;
  /** The link's text where it says more than the verb (移出专家库); the verb otherwise. */
  children?: ReactNode;
}

/** A table row's action link that asks before it acts: a small link button under a Popconfirm. */
export function ConfirmLink({ title, description, okText, danger, onConfirm, children }: Props) {
  return (
    <Popconfirm
      title={title}
      description={description}
      okText={okText}
      okButtonProps={danger ? { danger: true } : undefined}
      onConfirm={onConfirm}
    >
      <Button type="link" size="small" danger={danger}>
        {children ?? okText}
      </Button>
    </Popconfirm>
  );
}
