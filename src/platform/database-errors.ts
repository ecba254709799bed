/**
 * What the drivers' errors say about the database, read without touching the values they
 * carry. drizzle wraps a failed statement in a `DrizzleQueryError` (`query`, `params`, and the
 * driver's error as `cause`); `pg` and PGlite raise the server's error with its SQLSTATE in
 * `code` and a `severity`, and PGlite adds the `query` and its `params` too.
 */

/** The error, its `cause` chain and, for an AggregateError (a connection tried on several addresses), its errors. */
export function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  const pending = [error];
  // Bounded: a cause that points back at its error must not loop.
  while (pending.length > 0 && chain.length < 10) {
    const item = pending.shift();
    if (item === undefined || item === null || chain.includes(item)) continue;
    chain.push(item);
    if (typeof item !== 'object') continue;
    const { cause, errors } = item as { cause?: unknown; errors?: unknown };
    if (cause !== undefined) pending.push(cause);
    if (Array.isArray(errors)) pending.push(...errors);
  }
  return chain;
}

/**
 * The names a database error report gives of where it failed: identifiers of our schema, never
 * data, so they may be logged (platform/loggable-error.ts copies exactly these).
 */
export const SCHEMA_NAME_FIELDS = ['schema', 'table', 'column', 'dataType', 'constraint', 'routine'] as const;
export type SchemaNames = Partial<Record<(typeof SCHEMA_NAME_FIELDS)[number], string>>;

/** The server's error as `pg` or PGlite raise it: a SQLSTATE in `code`, and a `severity`. */
export interface ServerErrorFields extends SchemaNames {
  code: string;
  severity?: string;
}

/** Whether `error` is an error the database server raised (it has a SQLSTATE and a severity). */
export function isServerError(error: unknown): error is Error & ServerErrorFields {
  if (!(error instanceof Error)) return false;
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string';
}

/** A failed statement as drizzle or PGlite report it: the SQL text, with its values beside it. */
export function isQueryError(error: unknown): error is Error & { query: string; params: unknown } {
  return (
    error instanceof Error && typeof (error as { query?: unknown }).query === 'string' && 'params' in error
  );
}

/** The SQLSTATE of the first server error in the chain, if any. */
export function sqlstateOf(error: unknown): string | null {
  const server = errorChain(error).find(isServerError);
  return server ? server.code : null;
}

// SQLSTATE class 08 (connection exception), and the server shutting down or starting up.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;

// Node's socket errors when the server cannot be reached or drops the connection.
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

// pg and pg-pool raise these without a code; PGlite says so once closed (the server shutting down).
const UNAVAILABLE_MESSAGES = new Set([
  'Connection terminated',
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
  'PGlite is closed',
]);

/** The socket error under `error` (e.g. `connect ECONNREFUSED 127.0.0.1:5432`): where, not what was sent. */
export function unreachableSocketError(error: unknown): Error | null {
  const found = errorChain(error).find(
    (item) => item instanceof Error && UNREACHABLE_CODES.has(String((item as { code?: unknown }).code)),
  );
  return (found as Error | undefined) ?? null;
}

/**
 * Whether `error` means the database cannot be reached right now — connection refused or
 * lost, the server shutting down or starting — rather than that the statement was wrong. The
 * same request may well succeed a little later: a 503, not a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return errorChain(error).some((item) => {
    if (!(item instanceof Error)) return false;
    const code = (item as { code?: unknown }).code;
    if (isServerError(item)) return UNAVAILABLE_SQLSTATE.test(item.code);
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
    return UNAVAILABLE_MESSAGES.has(item.message);
  });
}
