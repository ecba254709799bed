import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, forRoles } from '../../http/access';
import { idParams, passwordField, uuidField, yearField, yearParam } from '../../http/field-schemas';
import { errorResponse, errorResponses } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import { readUploadedFile } from '../../http/uploaded-file';
import { expertBody } from './expert-input';
import {
  expert,
  expertAccountOpened,
  expertsImported,
  poolChanged,
  relationDeclared,
  relationKind,
} from './experts.schema';
import type { ExpertsService } from './experts.service';

const managers = forRoles('committee-office', 'hr');

/** The expert registry, the committees' yearly pools and declared relations. */
export function expertsRoutes(service: ExpertsService): FastifyPluginAsyncZod {
  return routesIn(['专家库'], (app, route) => {
    app.get(
      '/api/v1/experts',
      route(managers, '评审专家（可按评委会年度专家库筛选）', {
        querystring: z.object({
          committeeId: uuidField.optional(),
          year: yearParam.optional(),
        }),
        response: { 200: z.array(expert), 404: errorResponse },
      }),
      (request) => service.list(actorOf(request), request.query),
    );
    app.post(
      '/api/v1/experts',
      route(managers, '登记评审专家（聘期不超过3年）', {
        body: expertBody,
        response: { 201: z.object({ id: z.string() }), ...errorResponses },
      }),
      async (request, reply) => reply.code(201).send(await service.create(actorOf(request), request.body)),
    );
    app.post(
      '/api/v1/experts/:id/account',
      route(managers, '为专家开通专家端账号', {
        params: idParams,
        body: z.strictObject({
          username: z
            .string()
            .regex(/^[A-Za-z][A-Za-z0-9._-]{2,31}$/, '应以字母开头，由3至32位字母、数字或._-组成'),
          password: passwordField,
        }),
        response: { 201: expertAccountOpened, ...errorResponses },
      }),
      async (request, reply) =>
        reply.code(201).send(await service.openAccount(actorOf(request), request.params.id, request.body)),
    );
    app.post(
      '/api/v1/experts/import',
      route(managers, '从Excel导入专家（multipart/form-data，字段 file；可同时纳入评委会年度专家库）', {
        consumes: ['multipart/form-data'],
        querystring: z.strictObject({
          committeeId: uuidField.optional(),
          year: yearParam.optional(),
        }),
        response: { 200: expertsImported, ...errorResponses },
      }),
      async (request) => {
        const file = await readUploadedFile(request, { missing: '请选择要导入的Excel文件' });
        return service.importWorkbook(actorOf(request), file.bytes, request.query);
      },
    );
    app.post(
      '/api/v1/committees/:id/pool',
      route(managers, '将专家纳入评委会年度专家库（6月30日前）', {
        params: idParams,
        body: z.strictObject({
          expertId: uuidField,
          year: yearField,
          group: z.string().trim().max(50),
        }),
        response: { 200: poolChanged, ...errorResponses },
      }),
      (request) => service.addToPool(actorOf(request), request.params.id, request.body),
    );
    app.delete(
      '/api/v1/committees/:id/pool/:year/:expertId',
      route(managers, '将专家移出评委会年度专家库（6月30日前）', {
        params: z.object({
          id: uuidField,
          year: yearParam,
          expertId: uuidField,
        }),
        response: { 200: poolChanged, ...errorResponses },
      }),
      (request) =>
        service.removeFromPool(actorOf(request), request.params.id, {
          expertId: request.params.expertId,
          year: request.params.year,
        }),
    );
    app.post(
      '/api/v1/experts/:id/relations',
      route(managers, '登记专家与申报人的关系（回避依据）', {
        params: idParams,
        body: z.strictObject({
          idNumber: z.string().trim().max(18),
          kind: relationKind,
          note: z.string().max(200).optional(),
        }),
        response: { 200: relationDeclared, ...errorResponses },
      }),
      (request) => service.declareRelation(actorOf(request), request.params.id, request.body),
    );
  });
}
