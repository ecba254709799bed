import { AppError } from '../domain/errors';
import {
  errorChain,
  isDatabaseUnavailable,
  isQueryError,
  isServerError,
  SCHEMA_NAME_FIELDS,
  type SchemaNames,
  sqlstateOf,
  unreachableSocketError,
} from './database-errors';

/** An error as it may be written to a log: what failed and where, never the values involved. */
export interface LoggableError extends SchemaNames {
  type: string;
  message: string;
  /** Node's error code (ECONNREFUSED) or the SQLSTATE of a database error. */
  code?: string;
  /** The failed statement's SQL text: drizzle sends every value as a parameter, so it holds none. */
  sql?: string;
  /** The call stack without its first line, which repeats the message. */
  stack?: string;
  cause?: LoggableError;
}

const MAX_SQL = 2000;
const MAX_MESSAGE = 500;
const MAX_CAUSES = 3;

function stackFrames(error: Error): string | undefined {
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.join('\n') : undefined;
}

/**
 * `error` made safe for the log. A database error keeps its SQLSTATE, the names in its report
 * (table, column, constraint) and the statement's SQL text, and loses everything that can carry
 * a value: drizzle's message and `params` (a complainant's name, a password hash), the server's
 * message (`invalid input syntax for type uuid: "…"`), `detail` (`Key (username)=(…)`), `where`
 * and `hint`. Other errors keep their type, code and message; no error's other properties are
 * copied (Node's ERR_INVALID_URL, for one, carries the URL as `input`).
 */
export function loggableError(error: unknown, depth = 0): LoggableError {
  if (!(error instanceof Error))
    return { type: typeof error, message: '（抛出的不是 Error 对象，内容不记录）' };
  const out: LoggableError = { type: error.constructor?.name || error.name, message: '' };
  if (isServerError(error)) {
    // PGlite's error class is minified; the kind is what matters.
    out.type = 'DatabaseError';
    out.message = `数据库报错（SQLSTATE ${error.code}）`;
    out.code = error.code;
    for (const key of SCHEMA_NAME_FIELDS) {
      const value = error[key];
      if (typeof value === 'string' && value !== '') out[key] = value;
    }
  } else if (isQueryError(error)) {
    out.message = '执行SQL失败';
  } else {
    out.message = error.message.slice(0, MAX_MESSAGE);
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') out.code = code;
  }
  if (isQueryError(error)) out.sql = error.query.slice(0, MAX_SQL);
  const stack = stackFrames(error);
  if (stack) out.stack = stack;
  if (error.cause !== undefined && depth < MAX_CAUSES) out.cause = loggableError(error.cause, depth + 1);
  return out;
}

/**
 * One line saying why something failed, for a place that stores or prints it (a deadline's
 * `last_error`, the CLI): an expected failure's own Chinese message, otherwise what
 * `loggableError` would keep.
 */
export function failureText(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (isDatabaseUnavailable(error)) {
    const socket = unreachableSocketError(error);
    return socket ? `数据库暂时无法连接（${socket.message.slice(0, 200)}）` : '数据库暂时无法连接';
  }
  const sqlstate = sqlstateOf(error);
  if (sqlstate) return `数据库报错（SQLSTATE ${sqlstate}）`;
  if (errorChain(error).some(isQueryError)) return '执行SQL失败';
  return loggableError(error).message;
}
