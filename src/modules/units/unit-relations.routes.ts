import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, forRoles } from '../../http/access';
import { uuidField } from '../../http/field-schemas';
import { errorResponse } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import { organisationSchema } from '../organisations';
import type { UnitRelationsService } from './unit-relations.service';
import { dispatchRelationSchema, unitReference } from './unit-schemas';

/**
 * The HR bureau (units.review, within its jurisdiction) and the administrator (organisations.manage,
 * everywhere): the service checks which, and answers "not found" outside the bureau's region.
 */
const maintain = forRoles('hr', 'admin');
const idParams = z.object({ id: uuidField });

export function unitRelationsRoutes(service: UnitRelationsService): FastifyPluginAsyncZod {
  return routesIn(['机构'], (app, route) => {
    app.put(
      '/api/v1/organisations/:id/department',
      route(maintain, '设置或取消单位的主管部门', {
        description: '此后提交的申报按新的主管部门流转（有主管部门则经主管部门审核）；已提交的申报不受影响。',
        params: idParams,
        body: z.strictObject({
          departmentId: uuidField.nullable().describe('主管部门；null 为取消'),
        }),
        response: { 200: organisationSchema, 422: errorResponse },
      }),
      (request) => service.setDepartment(actorOf(request), request.params.id, request.body.departmentId),
    );

    app.get(
      '/api/v1/organisations/:id/dispatch-relations',
      route(maintain, '劳务派遣单位的派遣关系', {
        params: idParams,
        response: { 200: z.array(dispatchRelationSchema) },
      }),
      (request) => service.dispatchRelations(actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/organisations/:id/dispatch-relations',
      route(maintain, '添加派遣关系（派往的用人单位）', {
        params: idParams,
        body: z.strictObject({ unit: unitReference }),
        response: {
          201: z.array(dispatchRelationSchema),
          409: errorResponse,
          422: errorResponse,
        },
      }),
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.addDispatchRelation(actorOf(request), request.params.id, request.body.unit)),
    );

    app.delete(
      '/api/v1/organisations/:id/dispatch-relations/:unitId',
      route(maintain, '终止派遣关系', {
        params: z.object({ id: uuidField, unitId: uuidField }),
        response: { 200: z.array(dispatchRelationSchema) },
      }),
      (request) => service.endDispatchRelation(actorOf(request), request.params.id, request.params.unitId),
    );
  });
}
