import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, forRoles, signedInRoute } from '../../http/access';
import { calendarDateField, idParams, uuidField, yearField } from '../../http/field-schemas';
import { errorResponses } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import {
  committeeStatusChanged,
  selfReviewApplicationRow,
  selfReviewApplied,
  selfReviewDecided,
} from './committee-registry.schema';
import type { CommitteeRegistry } from './committee-registry.service';
import type { CommitteesService } from './committees.service';

const committee = z
  .object({
    id: z.string(),
    name: z.string(),
    officeOrganisationId: z.string(),
    tier: z.string(),
    tierName: z.string(),
    series: z.string(),
    seriesName: z.string(),
    levels: z.array(z.string()),
    levelNames: z.array(z.string()),
    specialties: z.array(z.string()),
    regionCode: z.string(),
    regionName: z.string(),
    status: z.string(),
    statusName: z.string(),
    statusReason: z.string().nullable(),
    approvedOn: z.string(),
    validUntil: z.string(),
    organiser: z.string(),
    kind: z.string(),
    kindName: z.string(),
    organisedBy: z.string(),
    approvalNumber: z.string(),
    specialtyGroups: z.array(z.object({ name: z.string(), specialties: z.array(z.string()) })),
  })
  .meta({ id: 'Committee' });

const hrOnly = forRoles('hr');
const levels = z.array(z.string()).min(1, '请选择评审层级');

/** The committee registry as staff read it (目录清单). */
export function committeesRoutes(
  service: CommitteesService,
  registry: CommitteeRegistry,
): FastifyPluginAsyncZod {
  return routesIn(['评委会'], (app, route) => {
    app.post(
      '/api/v1/committees',
      route(hrOnly, '核准组建评委会（有效期不超过3年）', {
        body: z.strictObject({
          name: z.string().trim().min(4).max(100),
          officeOrganisationId: uuidField,
          tier: z.enum(['provincial', 'city', 'county', 'self-review']),
          kind: z.enum(['government', 'industry', 'self-review', 'social']),
          organiser: z.string().trim().min(2).max(100),
          organisedBy: z.enum(['series', 'specialty']),
          series: z.string(),
          levels,
          specialties: z.array(z.string().trim().min(1).max(50)),
          specialtyGroups: z.array(
            z.strictObject({ name: z.string().trim().min(1).max(50), specialties: z.array(z.string()) }),
          ),
          regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字'),
          approvalNumber: z.string().trim().min(4, '请填写核准文号').max(60),
          approvedOn: calendarDateField,
          validUntil: calendarDateField,
        }),
        response: { 201: z.object({ id: z.string() }), ...errorResponses },
      }),
      async (request, reply) => reply.code(201).send(await registry.register(actorOf(request), request.body)),
    );
    app.post(
      '/api/v1/committees/:id/status',
      route(hrOnly, '暂停、撤销或恢复评委会评审工作（须写明理由）', {
        params: idParams,
        body: z.strictObject({
          status: z.enum(['active', 'suspended', 'revoked']),
          reason: z.string().trim().max(500),
        }),
        response: { 200: committeeStatusChanged, ...errorResponses },
      }),
      (request) => registry.changeStatus(actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/v1/self-review-applications',
      route(forRoles('hr', 'employer'), '自主评审申请', {
        response: { 200: z.array(selfReviewApplicationRow) },
      }),
      (request) => registry.listSelfReviewApplications(actorOf(request)),
    );
    app.post(
      '/api/v1/self-review-applications',
      route(forRoles('employer'), '申请开展自主评审（当年开展的须在6月30日前提交）', {
        body: z.strictObject({
          year: yearField,
          series: z.string(),
          levels,
          specialties: z.array(z.string().trim().min(1).max(50)),
          reason: z.string().trim().max(2000),
        }),
        response: { 201: selfReviewApplied, ...errorResponses },
      }),
      async (request, reply) =>
        reply.code(201).send(await registry.applySelfReview(actorOf(request), request.body)),
    );
    app.post(
      '/api/v1/self-review-applications/:id/decision',
      route(hrOnly, '核准或不予核准自主评审申请', {
        params: idParams,
        body: z.strictObject({
          approve: z.boolean(),
          note: z.string().trim().max(1000),
          committee: z
            .strictObject({
              name: z.string().trim().min(4).max(100),
              officeOrganisationId: uuidField,
              organiser: z.string().trim().min(2).max(100),
              organisedBy: z.enum(['series', 'specialty']),
              specialtyGroups: z.array(
                z.strictObject({ name: z.string(), specialties: z.array(z.string()) }),
              ),
              regionCode: z.string().regex(/^\d{6}$/),
              approvalNumber: z.string().trim().min(4).max(60),
              approvedOn: calendarDateField,
              validUntil: calendarDateField,
            })
            .optional(),
        }),
        response: { 200: selfReviewDecided, ...errorResponses },
      }),
      (request) => registry.decideSelfReview(actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/v1/committees',
      route(signedInRoute, '评委会目录清单', {
        response: { 200: z.array(committee) },
      }),
      () => service.list(),
    );
  });
}
