import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { errorMessage } from '../api/client';

interface Props {
  /** The failed load; nothing is shown while there is none. */
  error: unknown;
  /** What could not be loaded, said before the server's reason: 材料列表加载失败. */
  title: string;
  onRetry: () => void;
  style?: CSSProperties;
}

/**
 * A part of a page that could not be loaded (a list, the profile a step needs): what failed and why,
 * with 重试 beside it, while the rest of the page stays usable.
 */
export function LoadErrorAlert({ error, title, onRetry, style }: Props) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={`${title}：${errorMessage(error)}`}
      action={<Button onClick={onRetry}>重试</Button>}
      style={style}
    />
  );
}
