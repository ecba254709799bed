import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUTHENTICATED, actorOf, publicForm, signedInRoute } from '../../http/access';
import { mobilePhoneField, passwordField } from '../../http/field-schemas';
import { errorResponse } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import { codeSent } from './account.schema';
import type { AccountService } from './account.service';

/** Recovery requests per address and minute: enough for a person, too few for a script. */
const PER_MINUTE = 10;

export function accountRoutes(account: AccountService): FastifyPluginAsyncZod {
  return routesIn(['账号安全'], (app, route) => {
    app.put(
      '/api/v1/me/password',
      route(
        { access: AUTHENTICATED, openBeforePasswordChange: true },
        '修改本人密码（须输入当前密码；其他登录会话随之结束）',
        {
          body: z.strictObject({
            current: z.string('请输入当前密码').min(1, '请输入当前密码').max(128),
            next: passwordField,
          }),
          response: {
            200: z.object({ otherSessionsEnded: z.number().int() }),
          },
        },
      ),
      async (request) =>
        account.changePassword(actorOf(request), request.sessionRef!.tokenHash, request.body),
    );

    app.get(
      '/api/v1/me/sessions',
      route(signedInRoute, '本人当前登录的会话', {
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string().describe('会话标识（令牌摘要的前16位，不能用于登录）'),
                deviceClass: z.enum(['mobile', 'desktop']),
                createdAt: z.string(),
                lastSeenAt: z.string(),
                current: z.boolean().describe('是否为发出本请求的会话'),
              }),
            ),
          }),
          403: errorResponse,
        },
      }),
      async (request) => ({ items: await account.sessions(actorOf(request), request.sessionRef!.tokenHash) }),
    );

    app.delete(
      '/api/v1/me/sessions/:id',
      route(signedInRoute, '结束本人的某个会话（如在他处忘记退出）', {
        params: z.strictObject({ id: z.string().regex(/^[0-9a-f]{16}$/, '会话标识应为16位十六进制') }),
        response: {
          204: z.null(),
        },
      }),
      async (request, reply) => {
        await account.endSession(actorOf(request), request.sessionRef!.tokenHash, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/public/password-resets/codes',
      route(publicForm(PER_MINUTE), '找回密码：向注册手机号发送验证码', {
        description: '无论该手机号是否绑定账号，应答都相同；只有绑定了账号的手机号才会收到短信。',
        body: z.strictObject({ phone: mobilePhoneField }),
        response: { 202: codeSent },
      }),
      async (request, reply) => reply.status(202).send(await account.sendRecoveryCode(request.body.phone)),
    );

    app.post(
      '/api/v1/public/password-resets',
      route(publicForm(PER_MINUTE), '找回密码：凭短信验证码设置新密码（所有登录会话随之结束）', {
        body: z.strictObject({
          phone: mobilePhoneField,
          code: z.string('请填写短信验证码').trim().max(6),
          next: passwordField,
        }),
        response: {
          200: z.object({
            username: z.string().describe('该手机号绑定账号的登录用户名'),
            phone: z.string(),
          }),
        },
      }),
      async (request) => account.recoverPassword(request.body),
    );
  });
}
