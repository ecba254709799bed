import { AppError } from '../../domain/errors';
import { failureText } from '../../platform/loggable-error';

const MAX_LENGTH = 500;

/**
 * What is kept of a failed handler's error on the deadline row, and shown to operators: one
 * line, from {@link failureText} (which keeps a database error's SQLSTATE, never its values);
 * quoted values and long runs of digits (ID numbers, phone numbers) that a handler's own
 * message may carry are blanked out too.
 */
export function failureMessage(error: unknown): string {
  // Our own refusals are written for the reader and name no person: kept as they are.
  if (error instanceof AppError) return clip(error.message);
  const scrubbed = failureText(error)
    .replace(/"[^"]*"|'[^']*'|“[^”]*”|「[^」]*」/g, '“…”')
    .replace(/\d{6,}[\dXx]?/g, '…');
  return clip(scrubbed);
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim() || '未知错误';
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}
