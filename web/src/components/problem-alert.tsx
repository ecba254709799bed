import { Alert } from 'antd';
import type { CSSProperties } from 'react';
import { ApiError, errorMessage } from '../api/client';

/** The messages of an error worth listing one by one: the server's details, unless they only repeat it. */
export function problemLines(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  const lines = [...new Set(error.details.map((detail) => detail.message))];
  return lines.length === 1 && error.message.endsWith(lines[0] ?? '') ? [] : lines;
}

/**
 * A refused request as the user should read it: the server's message, and under it every detail it
 * gave — e.g. each unmet condition of a workflow step (一次性告知), not just the first.
 */
export function ProblemAlert({
  error,
  title,
  style,
}: {
  error: unknown;
  /** Said before the server's message, e.g. 提交失败. */
  title?: string;
  style?: CSSProperties;
}) {
  if (!error) return null;
  const lines = problemLines(error);
  const message = errorMessage(error);
  return (
    <Alert
      type="error"
      showIcon
      title={title ? `${title}：${message}` : message}
      description={
        lines.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="problem-details">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
      style={style}
      data-testid="problem-alert"
    />
  );
}
