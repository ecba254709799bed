import { Alert } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  /** The one line of warning. */
  children: ReactNode;
  /** Space in px below it, before what it warns about; 16 unless the form around it is tighter. */
  gap?: number;
  testId?: string;
}

/**
 * A one-line warning above what it is about: a step that cannot be undone (标记恶意举报, 记入诚信档案),
 * or what the person sees not being what it seems (征求意见稿, 管理员设置的密码).
 */
export function Caution({ children, gap = 16, testId }: Props) {
  return (
    <Alert type="warning" showIcon style={{ marginBottom: gap }} title={children} data-testid={testId} />
  );
}
