import type { LoggerOptions } from 'pino';
import { loggableError } from './loggable-error';

/**
 * Paths that may carry secrets or personal data; pino replaces them before anything is
 * written. Request bodies are never logged at all, so ID numbers typed into forms stay out.
 */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.idNumber',
  '*.phone',
  '*.token',
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[已隐藏]' },
    serializers: {
      // Any error logged as `err` — by our code or by Fastify itself — loses the values it carries
      // (a failed statement's parameters, the database's detail); see loggableError.
      err: (value: unknown) => (value instanceof Error ? loggableError(value) : value),
      // The query string is dropped: identifiers must never travel in URLs, and if one
      // does by mistake it still does not reach the log.
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: req.url.split('?')[0],
        id: req.id,
      }),
    },
  };
}
