import type { FastifyContextConfig, FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../domain/access/actor';
import type { Permission } from '../domain/access/permissions';
import type { Role } from '../domain/access/roles';
import { AppError } from '../domain/errors';
import { declarePlatformErrorResponses } from './platform-error-responses';

/**
 * What a route requires, declared on every route (`config.access`). A route without a
 * declaration fails at start-up: access is denied by default, never forgotten.
 */
export type Access =
  | { public: true }
  | { authenticated: true }
  | { permission: Permission }
  | { roles: readonly Role[] }
  /**
   * Only the local operator: the CLI on the server's machine, beside a server that holds the
   * embedded database, with the token the server wrote into the data directory's lock file
   * (server/operator-token.ts). No user account passes, whatever its roles.
   */
  | { operator: true };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Set to false only where a request cannot carry a token yet (login). */
    csrf?: false;
    /** Open to a session whose password must be changed first (the change itself, me, logout). */
    openBeforePasswordChange?: true;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The session the request came with, if any: its id hash and CSRF token. */
    sessionRef: { tokenHash: string; csrfToken: string } | null;
    /** Whether the request carries this server's local operator token. */
    operator: boolean;
  }
}

export const PUBLIC: Access = { public: true };

/**
 * A form anyone may post before they have a session (login, registration, an SMS code, password
 * recovery): public, without a CSRF token, since no session holds one yet (SameSite=Lax cookies
 * and the SMS code cover it), and at most `perMinute` requests per address and minute.
 */
export function publicForm(perMinute: number): FastifyContextConfig {
  return { ...publicLimited(perMinute), csrf: false };
}

/**
 * A route anyone may call, at most `perMinute` times a minute from one address: a public service
 * that costs the server work (the self-check, identifier checks, certificate verification).
 */
export function publicLimited(perMinute: number): FastifyContextConfig {
  return { access: PUBLIC, rateLimit: { max: perMinute, timeWindow: 60_000 } };
}

export const AUTHENTICATED: Access = { authenticated: true };

/**
 * The route configs (`config`) of the audiences many features share, so that a route names its
 * audience the same way everywhere: anyone (published reference data and notices), any signed-in
 * user, and an applicant acting on their own records.
 */
export const publicRoute: FastifyContextConfig = { access: PUBLIC };
export const signedInRoute: FastifyContextConfig = { access: AUTHENTICATED };
export const applicantRoute: FastifyContextConfig = { access: { roles: ['applicant'] } };

/** The route config of routes that require a permission (domain/access/permissions). */
export function requiresPermission(permission: Permission): FastifyContextConfig {
  return { access: { permission } };
}

/** The route config of routes open to the given roles only. */
export function forRoles(...roles: Role[]): FastifyContextConfig {
  return { access: { roles } };
}

export const OPERATOR: Access = { operator: true };

const declared = new WeakMap<FastifyInstance, Map<string, Access>>();

/** Rejects, at registration, every route that did not declare its access. */
export function requireAccessDeclarations(app: FastifyInstance, isExempt: (url: string) => boolean): void {
  const byRoute = new Map<string, Access>();
  declared.set(app, byRoute);
  app.addHook('onRoute', (route) => {
    if (isExempt(route.url)) return;
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (!access) throw new Error(`路由 ${route.method} ${route.url} 未声明访问权限（config.access）`);
    // Here because this is the one pass over every API route, before its schemas are compiled.
    declarePlatformErrorResponses(route, access);
    for (const method of [route.method].flat()) byRoute.set(`${method} ${route.url}`, access);
  });
}

/** Each route's declared access, keyed `METHOD /url` — what the authorisation matrix is checked against. */
export function declaredAccess(app: FastifyInstance): ReadonlyMap<string, Access> {
  return declared.get(app) ?? new Map();
}

/** The actor of a request that requires login; routes behind `AUTHENTICATED` can rely on it. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  return request.actor;
}

/** Checks the declared access for the request's actor (or the local operator, who has none). */
export function checkAccess(access: Access, actor: Actor | null, operator = false): void {
  if ('public' in access) return;
  if ('operator' in access) {
    if (operator) return;
    if (!actor) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '仅限本机命令行凭运维令牌调用');
    throw new AppError('forbidden', 'FORBIDDEN', '当前账号无权执行此操作');
  }
  if (!actor) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  if ('permission' in access && !actor.permissions.includes(access.permission)) {
    throw new AppError('forbidden', 'FORBIDDEN', '当前账号无权执行此操作');
  }
  if ('roles' in access && !actor.roles.some((role) => access.roles.includes(role))) {
    throw new AppError('forbidden', 'FORBIDDEN', '当前账号无权执行此操作');
  }
}
