import type { FastifyInstance } from 'fastify';
import { AppError } from '../domain/errors';
import { type Access, checkAccess } from '../http/access';
import { clearSessionCookie, SESSION_COOKIE } from '../http/session-cookie';
import type { AuthService, EndedSession } from '../modules/auth/auth.service';
import { operatorTokenMatches } from './operator-token';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a cookie whose session has ended is told, so the user knows why they must log in again. */
const ENDED: Record<Exclude<EndedSession, null>, () => AppError> = {
  expired: () => new AppError('unauthenticated', 'SESSION_EXPIRED', '登录已超时，请重新登录'),
  replaced: () =>
    new AppError(
      'unauthenticated',
      'SESSION_REPLACED',
      '您的账号已在其他地方登录，本处登录已失效，请重新登录；如非本人操作，请联系管理员重置密码',
    ),
};

/**
 * On every request: resolve the session cookie to an actor, enforce the route's declared
 * access, and require the session's CSRF token on every state-changing request made with
 * a session (the cookie alone, which a browser sends cross-site, is never enough).
 */
export function installSessionHook(
  app: FastifyInstance,
  auth: AuthService,
  /** The local operator token (embedded database only); null where there is none. */
  operatorToken: string | null = null,
): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionRef', null);
  app.decorateRequest('operator', false);
  // onRequest: before the body is parsed or validated, so a caller without access learns nothing.
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access as Access | undefined;
    if (!access) return; // static files and docs: not API routes
    // Operator routes take the token and nothing else: no session is looked at, so no CSRF either.
    if ('operator' in access) {
      request.operator = operatorTokenMatches(operatorToken, request.headers.authorization);
      if (!request.operator && request.cookies[SESSION_COOKIE]) {
        const resolved = await auth.resolveSession(request.cookies[SESSION_COOKIE]);
        if (resolved && resolved !== 'expired' && resolved !== 'replaced') request.actor = resolved.actor;
      }
      checkAccess(access, request.actor, request.operator);
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    let ended: EndedSession = null;
    let mustChangePassword = false;
    if (token) {
      const resolved = await auth.resolveSession(token);
      if (resolved === 'expired' || resolved === 'replaced' || resolved === null) {
        ended = resolved;
        clearSessionCookie(reply);
      } else {
        request.actor = resolved.actor;
        request.sessionRef = { tokenHash: resolved.tokenHash, csrfToken: resolved.csrfToken };
        mustChangePassword = resolved.mustChangePassword;
      }
    }
    if (!('public' in access) && !request.actor && ended) throw ENDED[ended]();
    checkAccess(access, request.actor);
    // A password chosen by someone else (an administrator, a committee office) opens nothing
    // but its own change, the session itself and logout.
    if (
      mustChangePassword &&
      !('public' in access) &&
      request.routeOptions.config.openBeforePasswordChange !== true
    )
      throw new AppError(
        'forbidden',
        'PASSWORD_CHANGE_REQUIRED',
        '您的密码由他人设置，请先修改密码后再使用系统',
      );
    if (
      request.sessionRef &&
      !SAFE_METHODS.has(request.method) &&
      request.routeOptions.config.csrf !== false
    ) {
      const sent = request.headers[CSRF_HEADER];
      if (sent !== request.sessionRef.csrfToken) {
        throw new AppError('forbidden', 'CSRF_TOKEN_INVALID', '缺少或无效的CSRF令牌，请刷新页面后重试');
      }
    }
  });
}
