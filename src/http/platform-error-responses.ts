import type { RouteOptions } from 'fastify';
import { z } from 'zod';
import type { Access } from './access';
import { errorResponse } from './list-query';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The failures the platform answers on a route before or around its handler, whatever the
 * module does: a malformed request (400: bad URL escapes, parameters, JSON, text), no session
 * (401), a role the route does not admit or a missing CSRF token (403), an unknown record in the
 * path (404), a body too large or of the wrong type (413, 415), too many calls (429).
 */
export function platformErrorStatuses(
  route: Pick<RouteOptions, 'method' | 'url' | 'config'>,
  access: Access,
) {
  const methods = [route.method].flat().map((m) => m.toUpperCase());
  const config = (route.config ?? {}) as { csrf?: false; rateLimit?: unknown };
  const statuses = [400];
  if (!('public' in access)) statuses.push(401);
  const gated = 'permission' in access || 'roles' in access;
  const checksCsrf = methods.some((m) => !SAFE.has(m)) && config.csrf !== false;
  if (gated || checksCsrf) statuses.push(403);
  if (/[:*]/.test(route.url)) statuses.push(404);
  if (methods.some((m) => WITH_BODY.has(m))) statuses.push(413, 415);
  if (config.rateLimit) statuses.push(429);
  return statuses;
}

/** What a route without a declared success answers: any content (a file, or JSON not yet described). */
const undescribedSuccess = { description: '成功', content: { '*/*': { schema: z.unknown() } } };

/**
 * Adds to a route's response schemas the platform's error statuses it does not declare itself,
 * each as the contract's error JSON (CONTRACTS §0), so the OpenAPI document lists every status a
 * route can answer while each route keeps declaring only its own (409, 422, …). A route that
 * declared no success keeps one in the document: without it, its errors would be all it shows.
 */
export function declarePlatformErrorResponses(route: RouteOptions, access: Access): void {
  const schema = (route.schema ?? {}) as { response?: Record<string, unknown> };
  const response: Record<string, unknown> = { ...schema.response };
  if (!Object.keys(response).some((status) => status.startsWith('2'))) response[200] = undescribedSuccess;
  for (const status of platformErrorStatuses(route, access)) response[status] ??= errorResponse;
  route.schema = { ...schema, response };
}
