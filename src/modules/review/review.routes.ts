import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, forRoles } from '../../http/access';
import { calendarDateField, uuidField } from '../../http/field-schemas';
import { pdfResponse, sendPdf } from '../../http/file-reply';
import { errorResponses } from '../../http/list-query';
import { routeOptions, routesIn } from '../../http/route-options';
import {
  ballotRecorded,
  expertItems,
  expertSessions,
  recusalRecorded,
  scoreRecorded,
} from './expert-portal.schema';
import { resultsPreview, sessionDetailSchema, sessionSummary } from './review-sessions.schema';
import {
  sessionIdParams as idParams,
  officeOnly,
  type ReviewRouteServices,
  registerSessionSteps,
  sessionTags as tags,
} from './session-steps.routes';

const readers = forRoles('committee-office', 'hr', 'supervisor');
const expertOnly = forRoles('expert');
const itemParams = z.object({ id: uuidField, code: z.string().regex(/^[A-Z]\d{3,}$/, '事项编号格式不正确') });

const stratum = z.strictObject({
  group: z.string().trim().min(1, '请填写专业组').max(50),
  seats: z.number().int().min(1, '每组至少1个席位').max(99),
  alternates: z.number().int().min(0).max(99),
  greenChannel: z.boolean().optional(),
});

const expertRoute = routeOptions(['专家端']);

/**
 * The committee office's session console and the expert portal (专家端). The console's steps
 * are one table (session-steps.routes.ts); what is here reads, creates, prints and votes.
 */
export function reviewRoutes(services: ReviewRouteServices): FastifyPluginAsyncZod {
  return routesIn(tags, (app, route) => {
    app.get(
      '/api/v1/review-sessions',
      route(readers, '评审会议列表', {
        response: { 200: z.array(sessionSummary) },
      }),
      (request) => services.sessions.list(actorOf(request)),
    );
    app.post(
      '/api/v1/review-sessions',
      route(officeOnly, '组织评审会议（11月底前，直通车专场除外；不跨年度）', {
        body: z.strictObject({
          committeeId: uuidField,
          name: z.string().trim().min(2, '请填写会议名称').max(100),
          heldOn: calendarDateField,
          place: z.string().trim().min(2, '请填写会议地点').max(100),
          strata: z.array(stratum).min(1, '请设置专业组及席位'),
          throughTrain: z
            .boolean()
            .optional()
            .describe(
              '民营企业职称评审“直通车”专场：随时申报、单独评价、一年多评，不受11月底年度例会期限约束',
            ),
        }),
        response: { 201: z.object({ id: z.string() }), ...errorResponses },
      }),
      async (request, reply) =>
        reply.code(201).send(await services.sessions.create(actorOf(request), request.body)),
    );
    app.get(
      '/api/v1/review-sessions/:id',
      route(readers, '会议控制台', {
        params: idParams,
        response: { 200: sessionDetailSchema },
      }),
      (request) => services.sessions.get(actorOf(request), request.params.id),
    );
    app.get(
      '/api/v1/review-sessions/:id/results/preview',
      route(readers, '结果预览（通过率控制）', {
        params: idParams,
        response: { 200: resultsPreview, ...errorResponses },
      }),
      (request) => services.results.preview(actorOf(request), request.params.id),
    );
    registerSessionSteps(app, services);

    app.get(
      '/api/v1/review-sessions/:id/applications/:applicationId/evaluation-form.pdf',
      route(readers, '评定表PDF（一式三联）', {
        params: z.object({ id: uuidField, applicationId: uuidField }),
        response: { 200: pdfResponse('评定表（一式三联）') },
      }),
      async (request, reply) => {
        const bytes = await services.sessions.evaluationForm(
          actorOf(request),
          request.params.id,
          request.params.applicationId,
        );
        return sendPdf(reply, '专业技术职务任职资格评定表.pdf', bytes);
      },
    );

    // The expert portal: blind, by anonymous code only.
    app.get(
      '/api/v1/expert/sessions',
      expertRoute(expertOnly, '我参加的评审会议', {
        response: { 200: expertSessions },
      }),
      (request) => services.portal.mySessions(actorOf(request)),
    );
    app.get(
      '/api/v1/expert/sessions/:id/items',
      expertRoute(expertOnly, '评审事项（匿名）', {
        params: idParams,
        response: { 200: expertItems, ...errorResponses },
      }),
      (request) => services.portal.items(actorOf(request), request.params.id),
    );
    app.post(
      '/api/v1/expert/sessions/:id/items/:code/score',
      expertRoute(expertOnly, '初审评分与评审意见', {
        params: itemParams,
        body: z.strictObject({
          score: z.number().int().min(0, '评分须为0至100的整数').max(100, '评分须为0至100的整数'),
          comment: z.string().trim().min(2, '请填写评审意见').max(2000),
        }),
        response: { 200: scoreRecorded, ...errorResponses },
      }),
      (request) =>
        services.portal.score(actorOf(request), request.params.id, request.params.code, request.body),
    );
    app.post(
      '/api/v1/expert/sessions/:id/items/:code/recusal',
      expertRoute(expertOnly, '申请回避', {
        params: itemParams,
        body: z.strictObject({ detail: z.string().trim().min(2, '请说明回避理由').max(500) }),
        response: { 200: recusalRecorded, ...errorResponses },
      }),
      (request) =>
        services.portal.declareConflict(
          actorOf(request),
          request.params.id,
          request.params.code,
          request.body,
        ),
    );
    app.post(
      '/api/v1/expert/sessions/:id/items/:code/ballot',
      expertRoute(expertOnly, '投票（每人每项一票，不进行第二轮）', {
        params: itemParams,
        body: z.strictObject({
          choice: z.enum(['agree', 'disagree', 'abstain'], '请选择同意、不同意或弃权'),
        }),
        response: { 200: ballotRecorded, ...errorResponses },
      }),
      (request) =>
        services.portal.castBallot(
          actorOf(request),
          request.params.id,
          request.params.code,
          request.body.choice,
        ),
    );
  });
}
