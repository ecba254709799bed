import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLE_CODES, type Role } from '../../domain/access/roles';
import { actorOf, requiresPermission } from '../../http/access';
import { idParams, passwordField, regionCodeField, uuidField } from '../../http/field-schemas';
import { sortQuery } from '../../http/list-query';
import { registerRoutes } from '../../http/register-routes';
import { routesIn } from '../../http/route-options';
import { USER_ABILITIES } from './users.policy';
import type { UsersService } from './users.service';

const roleEnum = z.enum(ROLE_CODES as [Role, ...Role[]]);

const userRow = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(roleEnum),
    organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
    jurisdiction: z.object({ code: z.string(), name: z.string() }),
    status: z.enum(['active', 'disabled', 'pending']).describe('pending：单位注册待审核的单位管理员账号'),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
    person: z
      .object({
        id: z.string(),
        name: z.string(),
        idNumberMasked: z.string(),
        currentUnit: z
          .object({ bindingId: z.string(), organisationId: z.string(), name: z.string() })
          .nullable()
          .describe('当前已确认绑定的人事（劳动）关系所在单位；bindingId 供解除绑定'),
      })
      .nullable()
      .describe('账号关联的专业技术人员（身份证号脱敏）'),
    phoneMasked: z.string().nullable().describe('已验证的手机号（脱敏）'),
    mustChangePassword: z.boolean().describe('密码由他人设置，登录后须先修改'),
    actions: z.array(z.enum(USER_ABILITIES)).describe('管理员对该账号可执行的操作（users.policy）'),
  })
  .meta({ id: 'User' });

const filters = {
  q: z.string().max(50).optional(),
  role: roleEnum.optional(),
  status: z.enum(['active', 'disabled', 'pending']).optional(),
  sort: sortQuery(['username', 'createdAt'], 'username'),
};

const createBody = z.strictObject({
  username: z.string().regex(/^[A-Za-z][A-Za-z0-9._-]{2,31}$/, '应以字母开头，由3至32位字母、数字或._-组成'),
  displayName: z.string().trim().min(2).max(50),
  password: passwordField,
  roles: z.array(roleEnum).min(1).max(ROLE_CODES.length),
  organisationId: uuidField.nullable(),
  jurisdictionCode: regionCodeField,
});

const patchBody = z.strictObject({
  displayName: z.string().trim().min(2).max(50).optional(),
  roles: z.array(roleEnum).min(1).max(ROLE_CODES.length).optional(),
  organisationId: uuidField.nullable().optional(),
  jurisdictionCode: regionCodeField.optional(),
  status: z.enum(['active', 'disabled']).optional(),
});

const manage = requiresPermission('users.manage');

export function usersRoutes(service: UsersService): FastifyPluginAsyncZod {
  return routesIn(['用户'], (app, route) => {
    registerRoutes(app, {
      path: '/api/v1/admin/users',
      config: manage,
      tags: ['用户'],
      filters,
      item: userRow,
      summaries: { list: '用户列表（筛选、排序、分页）', export: '导出用户一览表（Excel）' },
      workbook: { description: '用户一览表', fileName: '用户一览表.xlsx' },
      list: (actor, query) => service.list(actor, query),
      exportXlsx: (actor, query) => service.exportXlsx(actor, query),
      create: { summary: '新建用户', body: createBody, create: (actor, body) => service.create(actor, body) },
      update: {
        summary: '修改用户（含停用、启用）',
        body: patchBody,
        update: (actor, id, body) => service.update(actor, id, body),
      },
    });

    app.post(
      '/api/v1/admin/users/:id/reset-password',
      route(manage, '重置密码', {
        params: idParams,
        body: z.strictObject({ password: passwordField }),
        response: { 204: z.null() },
      }),
      async (request, reply) => {
        await service.resetPassword(actorOf(request), request.params.id, request.body.password);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/admin/users/:id/unlock',
      route(manage, '解除锁定', {
        params: idParams,
        response: { 204: z.null() },
      }),
      async (request, reply) => {
        await service.unlock(actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  });
}
