import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Puts the server's field errors on the fields they name, so a rejected form reads like one that
 * failed client-side validation.
 *
 * Server paths may be `username`, `roles.0`, `body.username` or `/username`; the first segment that
 * names a form field wins. `aliases` maps a server field onto a differently named form field.
 * Returns the problems that matched no field, for the caller to show above the form.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  aliases: Record<string, string> = {},
): string[] {
  if (!(error instanceof ApiError)) return [error instanceof Error ? error.message : '操作失败，请稍后重试'];
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const detail of error.details) {
    const segments = detail.path.split(/[./]/).filter((segment) => segment && segment !== 'body');
    const field = segments
      .map((segment) => aliases[segment] ?? segment)
      .find((name) => fields.includes(name));
    if (field) byField.set(field, [...(byField.get(field) ?? []), detail.message]);
    else unmatched.push(detail.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  // With no field to point at, the error's own message is what the user needs to see.
  if (byField.size === 0 && unmatched.length === 0) return [error.message];
  return unmatched;
}
