import { Alert } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

interface Props {
  type: 'error' | 'warning' | 'info';
  title: ReactNode;
  testId?: string;
  style?: CSSProperties;
  /** The `<li>` items: one a problem, a record, a reason. */
  children: ReactNode;
}

/** An alert whose description is a bulleted list of what it is about (the problems, the records found). */
export function ListAlert({ type, title, testId, style, children }: Props) {
  return (
    <Alert
      type={type}
      showIcon
      style={style}
      data-testid={testId}
      title={title}
      description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{children}</ul>}
    />
  );
}
