import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access';
import { uuidField } from '../../http/field-schemas';
import { sendXlsx, xlsxResponse } from '../../http/file-reply';
import { errorResponse, pageResponse, pagingQuery, sortQuery } from '../../http/list-query';
import type { BindingDecisions } from './binding-decisions.service';
import { bindingStatusSchema, reasonBody, unitBinding, unlinkedBinding } from './binding-schemas';

const tags = ['人员绑定'];
const unitClerk = { access: { permission: 'staff.bind' as const } };
const idParams = z.object({ id: uuidField });

const filters = {
  status: bindingStatusSchema.optional(),
  q: z.string().trim().max(50).optional().describe('姓名'),
  sort: sortQuery(['requestedAt', 'startedOn'], '-requestedAt'),
};

/** The employer's queue of binding requests and its staff, and the administrator's unlinking. */
export function bindingDecisionsRoutes(service: BindingDecisions): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/employer/binding-requests',
      {
        config: unitClerk,
        schema: {
          tags,
          summary: '本单位的人员绑定申请（筛选、排序、分页）',
          querystring: z.strictObject({ ...pagingQuery, ...filters }),
          response: { 200: pageResponse(unitBinding), 400: errorResponse },
        },
      },
      (request) => service.list(actorOf(request), request.query),
    );

    app.get(
      '/api/v1/employer/binding-requests/export',
      {
        config: unitClerk,
        schema: {
          tags,
          summary: '导出本单位人员绑定一览表（Excel）',
          querystring: z.strictObject(filters),
          response: { 200: xlsxResponse('人员绑定一览表') },
        },
      },
      async (request, reply) => {
        const file = await service.exportXlsx(actorOf(request), request.query);
        return sendXlsx(reply, '人员绑定一览表.xlsx', file);
      },
    );

    app.post(
      '/api/v1/employer/binding-requests/:id/confirm',
      {
        config: unitClerk,
        schema: {
          tags,
          summary: '确认人员绑定：本单位成为其人事（劳动）关系所在单位',
          params: idParams,
          response: {
            200: unitBinding,
            404: errorResponse,
            409: errorResponse.describe('BINDING_DECIDED 已处理'),
          },
        },
      },
      (request) => service.confirm(actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/employer/binding-requests/:id/refuse',
      {
        config: unitClerk,
        schema: {
          tags,
          summary: '拒绝人员绑定（须写明原因，申请人可见）',
          params: idParams,
          body: reasonBody,
          response: {
            200: unitBinding,
            400: errorResponse,
            404: errorResponse,
            409: errorResponse.describe('BINDING_DECIDED 已处理'),
          },
        },
      },
      (request) => service.refuse(actorOf(request), request.params.id, request.body.reason),
    );

    app.get(
      '/api/v1/employer/staff',
      {
        config: unitClerk,
        schema: {
          tags,
          summary: '本单位已确认绑定的人员',
          querystring: z.strictObject({ ...pagingQuery, q: filters.q }),
          response: { 200: pageResponse(unitBinding), 400: errorResponse },
        },
      },
      (request) => service.staff(actorOf(request), request.query),
    );

    app.post(
      '/api/v1/admin/employment-bindings/:id/unlink',
      {
        config: { access: { permission: 'bindings.unlink' as const } },
        schema: {
          tags,
          summary: '解除错误的人员与单位绑定（须写明原因）',
          params: idParams,
          body: reasonBody,
          response: {
            200: unlinkedBinding,
            400: errorResponse,
            404: errorResponse,
            409: errorResponse.describe('BINDING_NOT_CURRENT 不是已确认的当前绑定'),
          },
        },
      },
      (request) => service.unlink(actorOf(request), request.params.id, request.body.reason),
    );
  };
}
