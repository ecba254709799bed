import { DrizzleQueryError } from 'drizzle-orm/errors';
import { AppError } from '../../domain/errors';

const MAX_LENGTH = 500;

/**
 * What is kept of a failed handler's error on the deadline row, and shown to operators: the
 * message only. A failed query's message carries its SQL and parameters (people's names, ID
 * hashes), so only the database's own message and SQLSTATE are kept; quoted values in it, and
 * long runs of digits anywhere (ID numbers, phone numbers), are blanked out.
 */
export function failureMessage(error: unknown): string {
  if (error instanceof AppError) return clip(error.message);
  const cause = error instanceof DrizzleQueryError && error.cause ? error.cause : error;
  const message = cause instanceof Error ? cause.message : String(cause);
  const sqlState = (cause as { code?: unknown } | null)?.code;
  const prefix =
    typeof sqlState === 'string' && /^[0-9A-Z]{5}$/.test(sqlState) ? `数据库错误 ${sqlState}：` : '';
  const scrubbed = message
    .replace(/"[^"]*"|'[^']*'|“[^”]*”|「[^」]*」/g, '“…”')
    .replace(/\d{6,}[\dXx]?/g, '…');
  return clip(`${prefix}${scrubbed}`);
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim() || '未知错误';
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}
