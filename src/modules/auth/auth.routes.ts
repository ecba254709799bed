import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../domain/access/permissions';
import { ROLE_CODES, type Role } from '../../domain/access/roles';
import { codesOf } from '../../domain/code-labels';
import { EMPLOYER_KINDS } from '../../domain/organisations/organisation-kinds';
import { AUTHENTICATED, actorOf, publicForm } from '../../http/access';
import { storedEnum } from '../../http/field-schemas';
import { errorResponse } from '../../http/list-query';
import type { DescribesAll } from '../../http/response-shape';
import { routesIn } from '../../http/route-options';
import { clearSessionCookie, setSessionCookie } from '../../http/session-cookie';
import type { UsersService } from '../users';
import type { AuthService } from './auth.service';

/** The logged-in user as the server describes them; everything the UI shows or hides derives from this. */
const user = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(ROLE_CODES as [Role, ...Role[]])),
    permissions: z.array(z.enum(codesOf(PERMISSIONS))),
    organisation: z
      .object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        employerKind: storedEnum(codesOf(EMPLOYER_KINDS)).nullable().describe('单位性质；仅用人单位有'),
      })
      .nullable(),
    jurisdiction: z.object({ code: z.string(), name: z.string(), fullName: z.string() }),
    mustChangePassword: z.boolean().describe('密码由他人设置，须先修改密码'),
    phoneMasked: z.string().nullable().describe('已验证的手机号（脱敏）'),
  })
  .meta({ id: 'Me' });

/** A session: its user and the CSRF token every state-changing request must echo. */
const me = z.object({ user, csrfToken: z.string() }).meta({ id: 'Session' });

true satisfies DescribesAll<typeof user, Awaited<ReturnType<UsersService['me']>>>;

export function authRoutes(deps: {
  auth: AuthService;
  users: UsersService;
  secureCookies: boolean;
  loginRateLimitPerMinute: number;
}): FastifyPluginAsyncZod {
  const { auth, users } = deps;
  return routesIn(['认证'], (app, route) => {
    app.post(
      '/api/v1/auth/login',
      // The login form has no session yet, so no CSRF token; SameSite=Lax covers it.
      route(publicForm(deps.loginRateLimitPerMinute), '登录', {
        description:
          '同一登录名连续登录失败达到阈值即锁定一段时间（无论该用户名是否存在，应答相同）。每个用户在每类设备（手机、电脑，按 User-Agent 判断）上同时保留的登录数有上限（默认1个），超出时最早的登录失效，其后的请求得到 401 SESSION_REPLACED。',
        body: z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(128) }),
        response: {
          200: me,
          401: errorResponse,
          403: errorResponse,
          423: errorResponse,
        },
      }),
      async (request, reply) => {
        const result = await auth.login(request.body, { userAgent: request.headers['user-agent'] });
        setSessionCookie(reply, result.token, deps.secureCookies);
        return { user: await users.me(result.actor), csrfToken: result.csrfToken };
      },
    );

    app.post(
      '/api/v1/auth/logout',
      route({ access: AUTHENTICATED, openBeforePasswordChange: true }, '退出登录', {
        response: { 204: z.null() },
      }),
      async (request, reply) => {
        if (request.sessionRef) await auth.logout(request.sessionRef.tokenHash, actorOf(request));
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/auth/me',
      route({ access: AUTHENTICATED, openBeforePasswordChange: true }, '当前用户', {
        response: { 200: me },
      }),
      async (request) => ({
        user: await users.me(actorOf(request)),
        csrfToken: request.sessionRef!.csrfToken,
      }),
    );
  });
}
