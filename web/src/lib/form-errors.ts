import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/** A form field's name as antd takes it: `['applicant', 'education', 0, 'graduatedOn']`. */
export type FieldPath = (string | number)[];

/**
 * The segments of a server field path. Paths may be `username`, `roles.0`, `body.username`,
 * `/username` or `applicant.education[0].graduatedOn`; list indexes become numbers.
 */
export function pathSegments(path: string): FieldPath {
  return path
    .split(/[./[\]]/)
    .filter((segment) => segment && segment !== 'body')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function notAnApiError(error: unknown): string[] {
  return [error instanceof Error ? error.message : '操作失败，请稍后重试'];
}

/**
 * Puts the server's field errors on the fields they name, so a rejected form reads like one that
 * failed client-side validation.
 *
 * The first segment of a server path that names a form field wins. `aliases` maps a server field onto a
 * differently named form field. Returns the problems that matched no field, for the caller to show
 * above the form.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  aliases: Record<string, string> = {},
): string[] {
  if (!(error instanceof ApiError)) return notAnApiError(error);
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const detail of error.details) {
    const field = pathSegments(detail.path)
      .map((segment) => String(segment))
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

/**
 * For forms whose fields mirror the request's nesting (Form.List rows and nested objects): puts each
 * server error on the deepest registered field its path leads to, e.g. `applicant.education[0].graduatedOn`
 * on that row's date picker, or a problem with a whole row on the row's first field it finds.
 * Returns the paths it placed (for opening collapsed sections and scrolling) and the messages that
 * matched no field.
 */
export function applyFieldPathErrors(
  form: FormInstance,
  error: unknown,
): { placed: FieldPath[]; unmatched: string[] } {
  if (!(error instanceof ApiError)) return { placed: [], unmatched: notAnApiError(error) };
  if (error.details.length === 0) return { placed: [], unmatched: [error.message] };
  const registered = new Map<string, FieldPath>();
  form.getFieldsValue(true, (meta) => {
    if (meta) registered.set(meta.name.join('.'), meta.name);
    return false;
  });
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const unmatched: string[] = [];
  for (const detail of error.details) {
    const segments = pathSegments(detail.path);
    const full = segments.join('.');
    // The field itself; else, for a problem with a whole row or group, its first field; else the
    // nearest enclosing field (e.g. a list whose item has a field the form does not show).
    let name =
      registered.get(full) ?? [...registered.values()].find((n) => n.join('.').startsWith(`${full}.`));
    for (let length = segments.length - 1; length > 0 && !name; length -= 1) {
      name = registered.get(segments.slice(0, length).join('.'));
    }
    if (!name) {
      unmatched.push(`${detail.path}：${detail.message}`);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(detail.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return { placed: [...byField.values()].map((entry) => entry.name), unmatched };
}
