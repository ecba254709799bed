import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access';
import { calendarDateField, uuidField } from '../../http/field-schemas';
import { pdfResponse, sendPdf } from '../../http/file-reply';
import { errorResponse, errorResponses } from '../../http/list-query';
import {
  ballotRecorded,
  expertItems,
  expertSessions,
  recusalRecorded,
  scoreRecorded,
} from './expert-portal.schema';
import type { ExpertPortal } from './expert-portal.service';
import { resultsPreview, sessionDetailSchema, sessionSummary } from './review-sessions.schema';
import type { ReviewSessionsService } from './review-sessions.service';
import type { SessionDraw } from './session-draw';
import type { SessionResults } from './session-results';
import {
  agendaAdded,
  capAdjustmentsSet,
  defenceScheduled,
  minutesRecorded,
  panelDrawn,
  resultsAnnounced,
  resultsFixed,
  seedPublished,
  sessionFiled,
  votingClosed,
  votingOpened,
} from './session-steps.schema';
import type { SessionVoting } from './session-voting';

const tags = ['评审会议'];
const office = { access: { roles: ['committee-office'] as const } };
const readers = { access: { roles: ['committee-office', 'hr', 'supervisor'] as const } };
const expertOnly = { access: { roles: ['expert'] as const } };
const idParams = z.object({ id: uuidField });
const itemParams = z.object({ id: uuidField, code: z.string().regex(/^[A-Z]\d{3,}$/, '事项编号格式不正确') });

const stratum = z.strictObject({
  group: z.string().trim().min(1, '请填写专业组').max(50),
  seats: z.number().int().min(1, '每组至少1个席位').max(99),
  alternates: z.number().int().min(0).max(99),
  greenChannel: z.boolean().optional(),
});

export interface ReviewRouteServices {
  sessions: ReviewSessionsService;
  draw: SessionDraw;
  voting: SessionVoting;
  results: SessionResults;
  portal: ExpertPortal;
}

/** The committee office's session console and the expert portal (专家端). */
export function reviewRoutes(s: ReviewRouteServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/review-sessions',
      {
        config: readers,
        schema: { tags, summary: '评审会议列表', response: { 200: z.array(sessionSummary) } },
      },
      (request) => s.sessions.list(actorOf(request)),
    );
    app.post(
      '/api/v1/review-sessions',
      {
        config: office,
        schema: {
          tags,
          summary: '组织评审会议（11月底前，直通车专场除外；不跨年度）',
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
        },
      },
      async (request, reply) => reply.code(201).send(await s.sessions.create(actorOf(request), request.body)),
    );
    app.get(
      '/api/v1/review-sessions/:id',
      {
        config: readers,
        schema: {
          tags,
          summary: '会议控制台',
          params: idParams,
          response: { 200: sessionDetailSchema, 404: errorResponse },
        },
      },
      (request) => s.sessions.get(actorOf(request), request.params.id),
    );
    app.post(
      '/api/v1/review-sessions/:id/agenda',
      {
        config: office,
        schema: {
          tags,
          summary: '将已受理的申报列入议程',
          params: idParams,
          body: z.strictObject({ applicationIds: z.array(uuidField).min(1).max(2000) }),
          response: { 200: agendaAdded, ...errorResponses },
        },
      },
      (request) => s.sessions.addToAgenda(actorOf(request), request.params.id, request.body.applicationIds),
    );
    app.post(
      '/api/v1/review-sessions/:id/seed',
      {
        config: office,
        schema: {
          tags,
          summary: '冻结专家库快照并公布抽取种子',
          params: idParams,
          body: z.strictObject({ seed: z.string().trim().max(128).optional() }),
          response: { 200: seedPublished, ...errorResponses },
        },
      },
      (request) => s.draw.publishSeed(actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/review-sessions/:id/draw',
      {
        config: office,
        schema: {
          tags,
          summary: '抽取评审专家（含替补与回避）',
          params: idParams,
          response: { 200: panelDrawn, ...errorResponses },
        },
      },
      (request) => s.draw.draw(actorOf(request), request.params.id),
    );
    app.post(
      '/api/v1/review-sessions/:id/defence',
      {
        config: office,
        schema: {
          tags,
          summary: '安排答辩',
          params: idParams,
          body: z.strictObject({
            applicationId: uuidField,
            at: z.iso.datetime({ offset: true, message: '答辩时间格式不正确' }),
            place: z.string().trim().min(2).max(100),
          }),
          response: { 200: defenceScheduled, ...errorResponses },
        },
      },
      (request) => s.sessions.scheduleDefence(actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/review-sessions/:id/minutes',
      {
        config: office,
        schema: {
          tags,
          summary: '记录会议纪要与合议意见',
          params: idParams,
          body: z.strictObject({
            minutes: z.string().max(20000).optional(),
            notes: z
              .array(z.strictObject({ applicationId: uuidField, note: z.string().max(2000) }))
              .optional(),
          }),
          response: { 200: minutesRecorded, ...errorResponses },
        },
      },
      (request) => s.sessions.record(actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/review-sessions/:id/voting/open',
      {
        config: office,
        schema: {
          tags,
          summary: '点名（法定人数）并开始表决',
          params: idParams,
          body: z.strictObject({ present: z.array(uuidField) }),
          response: { 200: votingOpened, ...errorResponses },
        },
      },
      (request) => s.voting.openVoting(actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/review-sessions/:id/voting/close',
      {
        config: office,
        schema: {
          tags,
          summary: '结束表决（只进行一轮）',
          params: idParams,
          response: { 200: votingClosed, ...errorResponses },
        },
      },
      (request) => s.voting.closeVoting(actorOf(request), request.params.id),
    );
    app.get(
      '/api/v1/review-sessions/:id/results/preview',
      {
        config: readers,
        schema: {
          tags,
          summary: '结果预览（通过率控制）',
          params: idParams,
          response: { 200: resultsPreview, ...errorResponses },
        },
      },
      (request) => s.results.preview(actorOf(request), request.params.id),
    );
    app.post(
      '/api/v1/review-sessions/:id/cap-adjustments',
      {
        config: office,
        schema: {
          tags,
          summary: '评聘结合通过比例加成（吉林高校）',
          params: idParams,
          body: z.strictObject({
            adjustments: z
              .array(
                z.strictObject({
                  capGroup: z.string().trim().min(1).max(80),
                  bonusId: z.string().max(40),
                  points: z.number().min(0).max(100),
                }),
              )
              .max(50),
          }),
          response: { 200: capAdjustmentsSet, ...errorResponses },
        },
      },
      (request) => s.results.setCapAdjustments(actorOf(request), request.params.id, request.body.adjustments),
    );
    app.post(
      '/api/v1/review-sessions/:id/results',
      {
        config: office,
        schema: {
          tags,
          summary: '确定评审结果并开始结果公示',
          params: idParams,
          response: { 200: resultsFixed, ...errorResponses },
        },
      },
      (request) => s.results.fixResults(actorOf(request), request.params.id),
    );
    app.post(
      '/api/v1/review-sessions/:id/filing',
      {
        config: office,
        schema: {
          tags,
          summary: '报送人社部门备案',
          params: idParams,
          response: { 200: sessionFiled, ...errorResponses },
        },
      },
      (request) => s.results.file(actorOf(request), request.params.id),
    );
    app.post(
      '/api/v1/review-sessions/:id/announcement',
      {
        config: office,
        schema: {
          tags,
          summary: '发文公布',
          params: idParams,
          body: z.strictObject({ announcementNumber: z.string().trim().min(4, '请填写发文文号').max(60) }),
          response: { 200: resultsAnnounced, ...errorResponses },
        },
      },
      (request) => s.results.announce(actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/v1/review-sessions/:id/applications/:applicationId/evaluation-form.pdf',
      {
        config: readers,
        schema: {
          tags,
          summary: '评定表PDF（一式三联）',
          params: z.object({ id: uuidField, applicationId: uuidField }),
          response: { 200: pdfResponse('评定表（一式三联）'), 404: errorResponse },
        },
      },
      async (request, reply) => {
        const bytes = await s.sessions.evaluationForm(
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
      {
        config: expertOnly,
        schema: {
          tags: ['专家端'],
          summary: '我参加的评审会议',
          response: { 200: expertSessions, 403: errorResponse },
        },
      },
      (request) => s.portal.mySessions(actorOf(request)),
    );
    app.get(
      '/api/v1/expert/sessions/:id/items',
      {
        config: expertOnly,
        schema: {
          tags: ['专家端'],
          summary: '评审事项（匿名）',
          params: idParams,
          response: { 200: expertItems, ...errorResponses },
        },
      },
      (request) => s.portal.items(actorOf(request), request.params.id),
    );
    app.post(
      '/api/v1/expert/sessions/:id/items/:code/score',
      {
        config: expertOnly,
        schema: {
          tags: ['专家端'],
          summary: '初审评分与评审意见',
          params: itemParams,
          body: z.strictObject({
            score: z.number().int().min(0, '评分须为0至100的整数').max(100, '评分须为0至100的整数'),
            comment: z.string().trim().min(2, '请填写评审意见').max(2000),
          }),
          response: { 200: scoreRecorded, ...errorResponses },
        },
      },
      (request) => s.portal.score(actorOf(request), request.params.id, request.params.code, request.body),
    );
    app.post(
      '/api/v1/expert/sessions/:id/items/:code/recusal',
      {
        config: expertOnly,
        schema: {
          tags: ['专家端'],
          summary: '申请回避',
          params: itemParams,
          body: z.strictObject({ detail: z.string().trim().min(2, '请说明回避理由').max(500) }),
          response: { 200: recusalRecorded, ...errorResponses },
        },
      },
      (request) =>
        s.portal.declareConflict(actorOf(request), request.params.id, request.params.code, request.body),
    );
    app.post(
      '/api/v1/expert/sessions/:id/items/:code/ballot',
      {
        config: expertOnly,
        schema: {
          tags: ['专家端'],
          summary: '投票（每人每项一票，不进行第二轮）',
          params: itemParams,
          body: z.strictObject({
            choice: z.enum(['agree', 'disagree', 'abstain'], '请选择同意、不同意或弃权'),
          }),
          response: { 200: ballotRecorded, ...errorResponses },
        },
      },
      (request) =>
        s.portal.castBallot(actorOf(request), request.params.id, request.params.code, request.body.choice),
    );
  };
}
