import { z } from 'zod';
import { errorResponse } from '../http/list-query';

type Responses = Record<string, unknown>;
type Operations = Record<string, { responses?: Responses } | undefined>;

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/** The contract's error JSON, as the component every route's own error answers refer to. */
const ERROR_SCHEMA = { $ref: `#/components/schemas/${z.globalRegistry.get(errorResponse)?.id}` };

function errorContent(description: string, extra: Record<string, unknown> = {}) {
  return { description, content: { 'application/json': { schema: ERROR_SCHEMA } }, ...extra };
}

const BAD_REQUEST = errorContent(
  '请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项）',
);

const UNAVAILABLE = errorContent('数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试', {
  headers: {
    'Retry-After': { description: '建议等待的秒数', schema: { type: 'integer', minimum: 1 } },
  },
});

/**
 * Two answers every API route can give whatever its own schema says, described once: 400 — the
 * server-wide text check (server/text-hygiene.ts) refuses a NUL or a lone surrogate in any
 * parameter, header or body — and 503 while the database cannot be reached. A route that
 * documents its own 400 keeps it, with this description added.
 */
export function withCommonErrors<T extends { paths?: object }>(document: T): T {
  for (const operations of Object.values((document.paths ?? {}) as Record<string, Operations | undefined>)) {
    for (const [method, operation] of Object.entries(operations ?? {})) {
      if (!METHODS.has(method) || !operation) continue;
      const responses: Responses = operation.responses ?? {};
      // Every route declares its 400 (platform-error-responses.ts); its description says what
      // any route may refuse, the text check's INVALID_TEXT included.
      const own = responses['400'] as { description?: string } | undefined;
      if (!own) responses['400'] = BAD_REQUEST;
      else if (!own.description?.includes('INVALID_TEXT'))
        own.description =
          own.description && own.description !== 'Default Response'
            ? `${own.description}；${BAD_REQUEST.description}`
            : BAD_REQUEST.description;
      responses['503'] ??= UNAVAILABLE;
      operation.responses = responses;
    }
  }
  return document;
}
