import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requiresPermission } from '../../http/access';
import { idParams } from '../../http/field-schemas';
import { errorResponse, pageResponse, pagingQuery, sortQuery } from '../../http/list-query';
import { registerRoutes } from '../../http/register-routes';
import { routesIn } from '../../http/route-options';
import type { BindingDecisions } from './binding-decisions.service';
import { bindingStatusSchema, reasonBody, unitBinding, unlinkedBinding } from './binding-schemas';

const tags = ['人员绑定'];
const unitClerk = requiresPermission('staff.bind');

const filters = {
  status: bindingStatusSchema.optional(),
  q: z.string().trim().max(50).optional().describe('姓名'),
  sort: sortQuery(['requestedAt', 'startedOn'], '-requestedAt'),
};

/** The employer's queue of binding requests and its staff, and the administrator's unlinking. */
export function bindingDecisionsRoutes(service: BindingDecisions): FastifyPluginAsyncZod {
  return routesIn(tags, (app, route) => {
    registerRoutes(app, {
      path: '/api/v1/employer/binding-requests',
      config: unitClerk,
      tags,
      filters,
      item: unitBinding,
      summaries: {
        list: '本单位的人员绑定申请（筛选、排序、分页）',
        export: '导出本单位人员绑定一览表（Excel）',
      },
      workbook: { description: '人员绑定一览表', fileName: '人员绑定一览表.xlsx' },
      list: (actor, query) => service.list(actor, query),
      exportXlsx: (actor, query) => service.exportXlsx(actor, query),
    });

    app.post(
      '/api/v1/employer/binding-requests/:id/confirm',
      route(unitClerk, '确认人员绑定：本单位成为其人事（劳动）关系所在单位', {
        params: idParams,
        response: {
          200: unitBinding,
          409: errorResponse.describe('BINDING_DECIDED 已处理'),
        },
      }),
      (request) => service.confirm(actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/employer/binding-requests/:id/refuse',
      route(unitClerk, '拒绝人员绑定（须写明原因，申请人可见）', {
        params: idParams,
        body: reasonBody,
        response: {
          200: unitBinding,
          409: errorResponse.describe('BINDING_DECIDED 已处理'),
        },
      }),
      (request) => service.refuse(actorOf(request), request.params.id, request.body.reason),
    );

    app.get(
      '/api/v1/employer/staff',
      route(unitClerk, '本单位已确认绑定的人员', {
        querystring: z.strictObject({ ...pagingQuery, q: filters.q }),
        response: { 200: pageResponse(unitBinding) },
      }),
      (request) => service.staff(actorOf(request), request.query),
    );

    app.post(
      '/api/v1/admin/employment-bindings/:id/unlink',
      route(requiresPermission('bindings.unlink'), '解除错误的人员与单位绑定（须写明原因）', {
        params: idParams,
        body: reasonBody,
        response: {
          200: unlinkedBinding,
          409: errorResponse.describe('BINDING_NOT_CURRENT 不是已确认的当前绑定'),
        },
      }),
      (request) => service.unlink(actorOf(request), request.params.id, request.body.reason),
    );
  });
}
