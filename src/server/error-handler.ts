import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorKind, type FieldProblem } from '../domain/errors';
import { formErrors } from '../http/form-errors';
import { isDatabaseUnavailable } from '../platform/database-errors';
import { loggableError } from '../platform/loggable-error';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  locked: 423,
  'too-large': 413,
  unprocessable: 422,
  'rate-limited': 429,
};

/**
 * How long a client should wait before retrying while the database cannot be reached: pg's
 * pool opens a new connection on the next request, so a few seconds after the database is
 * back, requests succeed again without a restart.
 */
const RETRY_AFTER_SECONDS = 5;

/** The error body of CONTRACTS §0. */
export function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details: FieldProblem[] = [],
) {
  return reply.status(status).send({ error: { code, message, details } });
}

const asClientError = (error: AppError) => ({
  status: STATUS[error.kind],
  code: error.code,
  message: error.message,
});

/** Fastify's own client errors, with the messages users should see. */
const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: '不支持的请求内容类型，请使用 application/json',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'INVALID_JSON', message: '请求体为空，应为JSON对象' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'INVALID_JSON', message: '请求体不是有效的JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: asClientError(formErrors.bodyTooLarge()),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'INVALID_CONTENT_LENGTH',
    message: '请求体长度与声明不符',
  },
  FST_REQ_FILE_TOO_LARGE: asClientError(formErrors.fileTooLarge()),
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: '上传文件须使用 multipart/form-data',
  },
  FST_FILES_LIMIT: asClientError(formErrors.tooManyFiles()),
  FST_FIELDS_LIMIT: asClientError(formErrors.tooManyParts()),
  FST_PARTS_LIMIT: asClientError(formErrors.tooManyParts()),
};

/**
 * One place turns every failure into the contract's error JSON: expected failures keep
 * their status and Chinese message; a database that cannot be reached is a 503 with
 * Retry-After; anything unexpected is logged — without the values involved — and answered
 * with a 500 that reveals nothing.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      return sendError(reply, STATUS[error.kind], error.code, error.message, error.details);
    }
    const fastifyError = error as FastifyError;
    if (fastifyError.code === 'FST_ERR_RATE_LIMIT' || fastifyError.statusCode === 429) {
      return sendError(reply, 429, 'RATE_LIMITED', '请求过于频繁，请稍后再试');
    }
    const known = fastifyError.code ? FASTIFY_CLIENT_ERRORS[fastifyError.code] : undefined;
    if (known) return sendError(reply, known.status, known.code, known.message);
    if (
      fastifyError instanceof SyntaxError ||
      (fastifyError.statusCode === 400 && !isResponseSerializationError(error))
    ) {
      return sendError(reply, 400, 'BAD_REQUEST', '请求格式不正确');
    }
    if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      return sendError(reply, fastifyError.statusCode, 'BAD_REQUEST', '请求无法处理');
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: loggableError(error), code: 'SERVICE_UNAVAILABLE' }, 'database unavailable');
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return sendError(reply, 503, 'SERVICE_UNAVAILABLE', '数据库暂时无法连接，请稍后重试');
    }
    request.log.error({ err: loggableError(error), code: 'INTERNAL_ERROR' }, 'unhandled error');
    return sendError(reply, 500, 'INTERNAL_ERROR', '服务器内部错误，请稍后重试或联系管理员');
  });
}

/**
 * Fastify's errors for a request it cannot route at all — a path whose percent-encoding is not
 * UTF-8 (%ED%A0%80: a lone surrogate), a path parameter over its length — answered in the
 * contract's shape. They come before any hook runs, so the security headers that helmet would
 * have set are set here: a JSON error needs no resource at all.
 */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  reply
    .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
    .header('x-frame-options', 'DENY')
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer');
  // A 400 like any other malformed parameter (and one every route documents).
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return sendError(reply, 400, 'URL_TOO_LONG', '请求地址中的参数过长');
  if (error.code === 'FST_ERR_BAD_URL')
    return sendError(reply, 400, 'INVALID_URL', '请求地址含有无效的编码（应为UTF-8的百分号编码）');
  return sendError(reply, 400, 'BAD_REQUEST', '请求无法处理');
}
