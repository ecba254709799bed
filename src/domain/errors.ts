/**
 * The one error type every layer throws for an expected failure.
 *
 * The domain does not know HTTP; it names what kind of failure this is, and the
 * server maps the kind to a status (see server/error-handler.ts). Messages are
 * Chinese because they are shown to users as they are.
 */
export type ErrorKind =
  | 'invalid' // 400: the request itself is malformed
  | 'unauthenticated' // 401: not logged in or session expired
  | 'forbidden' // 403: logged in but not allowed
  | 'not-found' // 404: does not exist, or the actor may not know it exists
  | 'conflict' // 409: duplicates, wrong state
  | 'locked' // 423: account locked
  | 'too-large' // 413: an upload over its size limit
  | 'unprocessable' // 422: well-formed but cannot be answered (e.g. no calendar data for a year)
  | 'rate-limited'; // 429

/** One problem with one field of the input; `path` names the field as the client sent it. */
export interface FieldProblem {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A request that failed validation on the named fields. */
export function invalidInput(details: FieldProblem[], code = 'VALIDATION_FAILED'): AppError {
  const first = details[0];
  const message = first ? `${first.path}：${first.message}` : '请求参数不合法';
  return new AppError('invalid', code, message, details);
}

export function notFound(what: string, code = 'NOT_FOUND'): AppError {
  return new AppError('not-found', code, `${what}不存在`);
}
