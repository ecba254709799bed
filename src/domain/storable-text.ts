/**
 * Text the database can keep exactly as it was written. PostgreSQL's text types cannot hold
 * U+0000 (the whole statement fails), and a lone UTF-16 surrogate has no UTF-8 form (the
 * driver would quietly store U+FFFD, changing what the user wrote). Both are refused where
 * text enters the system — requests, form files, spreadsheet cells — naming the field.
 */
import { type AppError, type FieldProblem, invalidInput } from './errors';

/** The error code of a refusal for text that cannot be stored. */
export const INVALID_TEXT = 'INVALID_TEXT';

/** At most this many fields are named in one refusal: enough to fix a form, not a copy of it. */
const MAX_PROBLEMS = 20;

// In a `u` regex a surrogate pair is one code point, so \p{Cs} matches lone surrogates only.
const LONE_SURROGATE = /\p{Cs}/u;

/** Why `text` cannot be stored, in Chinese, or null when it can. */
export function unstorableTextReason(text: string): string | null {
  if (text.includes('\0')) return '含有空字符（U+0000），无法保存，请删除后重试';
  if (LONE_SURROGATE.test(text)) return '含有无效的Unicode字符（不成对的代理项），无法保存，请删除后重试';
  return null;
}

/** A key or name shown in a message with its unstorable characters written as escapes. */
export function printableName(name: string): string {
  return name.replace(/\0|\p{Cs}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A path as shown in a message: a pathologically deep one keeps its two ends. */
function shown(path: string): string {
  return path.length > 200 ? `${path.slice(0, 100)}…${path.slice(-100)}` : path;
}

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const name = printableName(key);
  return parent ? `${parent}.${name}` : name;
}

/**
 * Every string in a parsed JSON value (and every object key) that cannot be stored, as field
 * problems whose paths are written as the client wrote them (`education[0].degree`), below
 * `root`. Walks with its own stack, so a deeply nested body cannot overflow the call stack.
 */
export function findUnstorableText(value: unknown, root = ''): FieldProblem[] {
  // Every request passes here: the common case, nothing wrong, is checked without building paths.
  if (!holdsUnstorableText(value)) return [];
  const problems: FieldProblem[] = [];
  // A bad key is queued as its problem, so problems come in the order the fields were written.
  const pending: ({ value: unknown; path: string } | FieldProblem)[] = [{ value, path: root }];
  while (pending.length > 0 && problems.length < MAX_PROBLEMS) {
    const next = pending.pop()!;
    if ('message' in next) {
      problems.push(next);
      continue;
    }
    const { value: item, path } = next;
    if (typeof item === 'string') {
      const reason = unstorableTextReason(item);
      if (reason) problems.push({ path: shown(path) || '请求体', message: reason });
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) pending.push({ value: item[i], path: childPath(path, i) });
    } else if (item !== null && typeof item === 'object' && !ArrayBuffer.isView(item)) {
      const entries = Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const reason = unstorableTextReason(key);
        pending.push(
          reason
            ? { path: shown(childPath(path, key)), message: `字段名${reason}` }
            : { value: child, path: childPath(path, key) },
        );
      }
    }
  }
  return problems;
}

function holdsUnstorableText(value: unknown): boolean {
  const pending = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') {
      if (unstorableTextReason(item)) return true;
    } else if (Array.isArray(item)) {
      for (const child of item) pending.push(child);
    } else if (item !== null && typeof item === 'object' && !ArrayBuffer.isView(item)) {
      for (const key in item) {
        if (!Object.hasOwn(item, key)) continue;
        if (unstorableTextReason(key)) return true;
        pending.push((item as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

/** The 400 for the given problems (see `findUnstorableText`). */
export function unstorableTextError(problems: FieldProblem[]): AppError {
  return invalidInput(problems, INVALID_TEXT);
}

/** Throws the 400 when any text in `value` cannot be stored; `root` prefixes the field paths. */
export function refuseUnstorableText(value: unknown, root = ''): void {
  const problems = findUnstorableText(value, root);
  if (problems.length > 0) throw unstorableTextError(problems);
}
