import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, applicantRoute, signedInRoute } from '../../http/access';
import { calendarDateField, creditCodeField, uuidField } from '../../http/field-schemas';
import { errorResponse } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import { myEmployment, personBinding, relationSchema } from './binding-schemas';
import type { EmploymentService } from './employment.service';

const requestBody = z.strictObject({
  creditCode: creditCodeField.optional().describe('单位的统一社会信用代码（与 organisationId 二选一）'),
  organisationId: uuidField.optional().describe('从单位搜索结果中选择的单位（与 creditCode 二选一）'),
  relation: relationSchema,
  dispatchAgencyId: uuidField
    .nullable()
    .optional()
    .describe('劳务派遣单位（GET /api/v1/dispatch-agencies）；劳务派遣人员必填，其他不填'),
  startedOn: calendarDateField.describe('在该单位的入职日期，不晚于今天，不早于年满16周岁之日'),
});

/** The person's side of employment bindings, and the employer search of the request form. */
export function employmentRoutes(service: EmploymentService): FastifyPluginAsyncZod {
  return routesIn(['人员绑定'], (app, route) => {
    app.get(
      '/api/v1/me/employment',
      route(applicantRoute, '我的单位：当前人事（劳动）关系所在单位、待确认的申请和绑定记录', {
        response: { 200: myEmployment, 404: errorResponse },
      }),
      (request) => service.mine(actorOf(request)),
    );

    app.post(
      '/api/v1/me/employment-bindings',
      route(applicantRoute, '申请绑定人事（劳动）关系所在单位（由单位确认）', {
        description:
          '单位须为已通过审核的用人单位；劳务派遣人员选择实际工作的用人单位，并填写劳务派遣单位。同一时间只能有一项待确认的申请。',
        body: requestBody,
        response: {
          201: personBinding,
          404: errorResponse,
          409: errorResponse.describe('BINDING_PENDING 已有待确认的申请；ALREADY_BOUND 已绑定该单位'),
          422: errorResponse.describe(
            'UNIT_NOT_FOUND、UNIT_NOT_APPROVED、NOT_AN_EMPLOYER、NOT_A_DISPATCH_AGENCY、INVALID_START_DATE',
          ),
        },
      }),
      async (request, reply) =>
        reply.status(201).send(await service.requestBinding(actorOf(request), request.body)),
    );

    app.post(
      '/api/v1/me/employment-bindings/:id/withdraw',
      route(applicantRoute, '撤回本人待单位确认的绑定申请', {
        params: z.object({ id: uuidField }),
        response: {
          200: personBinding,
          409: errorResponse.describe('BINDING_DECIDED 单位已处理'),
        },
      }),
      (request) => service.withdraw(actorOf(request), request.params.id),
    );

    app.get(
      '/api/v1/employers',
      route(signedInRoute, '搜索可绑定的用人单位（已通过审核；按名称或统一社会信用代码前缀，最多20个）', {
        querystring: z.strictObject({ q: z.string().trim().max(50).optional() }),
        response: {
          200: z.array(
            z
              .object({
                id: z.string(),
                name: z.string(),
                creditCode: z.string(),
                regionName: z.string().describe('所在地区'),
              })
              .meta({ id: 'EmployerChoice' }),
          ),
        },
      }),
      (request) => service.employers(request.query.q),
    );
  });
}
