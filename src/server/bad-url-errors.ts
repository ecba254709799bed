import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './error-handler';

/**
 * Fastify's `frameworkErrors`: the router refuses a path it cannot decode (`%ZZ`, a cut UTF-8
 * sequence) or a path parameter over 100 characters before any route or error handler runs,
 * and by default answers in English with the path echoed back. Here they become the
 * contract's error JSON (CONTRACTS §0), a 400 like any other malformed parameter.
 */
export function answerBadUrl(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendError(reply, 400, 'PARAMETER_TOO_LONG', '请求地址中的参数过长');
  }
  return sendError(reply, 400, 'BAD_URL', '请求地址格式不正确（含无效的百分号编码）');
}
