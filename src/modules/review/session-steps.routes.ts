import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor';
import type { OfficeStep } from '../../domain/review/session-steps';
import { actorOf, forRoles } from '../../http/access';
import { uuidField } from '../../http/field-schemas';
import { errorResponses } from '../../http/list-query';
import type { ExpertPortal } from './expert-portal.service';
import type { ReviewSessionsService } from './review-sessions.service';
import type { SessionDraw } from './session-draw';
import type { SessionResults } from './session-results';
import * as answers from './session-steps.schema';
import type { SessionVoting } from './session-voting';

export const sessionTags = ['评审会议'];
export const officeOnly = forRoles('committee-office');
export const sessionIdParams = z.object({ id: uuidField });

export interface ReviewRouteServices {
  sessions: ReviewSessionsService;
  draw: SessionDraw;
  voting: SessionVoting;
  results: SessionResults;
  portal: ExpertPortal;
}

/** One step of the session console as an HTTP route: `POST /api/v1/review-sessions/:id/<path>`. */
interface SessionStepRoute {
  path: string;
  step: OfficeStep;
  summary: string;
  access: typeof officeOnly;
  body?: z.ZodType;
  response: z.ZodType;
  take(services: ReviewRouteServices, actor: Actor, id: string, body: unknown): Promise<unknown>;
}

/** Declares a row of the table, type-checking its service call against its schemas. */
function stepRoute<Response extends z.ZodType, Body extends z.ZodType | undefined = undefined>(route: {
  path: string;
  step: OfficeStep;
  summary: string;
  access: typeof officeOnly;
  body?: Body;
  response: Response;
  take(
    services: ReviewRouteServices,
    actor: Actor,
    id: string,
    body: Body extends z.ZodType ? z.output<Body> : undefined,
  ): Promise<z.input<Response>>;
}): SessionStepRoute {
  return route as SessionStepRoute;
}

/** The committee office's steps, in the order of the meeting (domain/review/session-steps.ts). */
export const SESSION_STEP_ROUTES: readonly SessionStepRoute[] = [
  stepRoute({
    path: 'agenda',
    step: 'agenda',
    summary: '将已受理的申报列入议程',
    access: officeOnly,
    body: z.strictObject({ applicationIds: z.array(uuidField).min(1).max(2000) }),
    response: answers.agendaAdded,
    take: (services, actor, id, body) => services.sessions.addToAgenda(actor, id, body.applicationIds),
  }),
  stepRoute({
    path: 'seed',
    step: 'publish-seed',
    summary: '冻结专家库快照并公布抽取种子',
    access: officeOnly,
    body: z.strictObject({ seed: z.string().trim().max(128).optional() }),
    response: answers.seedPublished,
    take: (services, actor, id, body) => services.draw.publishSeed(actor, id, body),
  }),
  stepRoute({
    path: 'draw',
    step: 'draw',
    summary: '抽取评审专家（含替补与回避）',
    access: officeOnly,
    response: answers.panelDrawn,
    take: (services, actor, id) => services.draw.draw(actor, id),
  }),
  stepRoute({
    path: 'defence',
    step: 'schedule-defence',
    summary: '安排答辩',
    access: officeOnly,
    body: z.strictObject({
      applicationId: uuidField,
      at: z.iso.datetime({ offset: true, message: '答辩时间格式不正确' }),
      place: z.string().trim().min(2).max(100),
    }),
    response: answers.defenceScheduled,
    take: (services, actor, id, body) => services.sessions.scheduleDefence(actor, id, body),
  }),
  stepRoute({
    path: 'minutes',
    step: 'minutes',
    summary: '记录会议纪要与合议意见',
    access: officeOnly,
    body: z.strictObject({
      minutes: z.string().max(20000).optional(),
      notes: z.array(z.strictObject({ applicationId: uuidField, note: z.string().max(2000) })).optional(),
    }),
    response: answers.minutesRecorded,
    take: (services, actor, id, body) => services.sessions.record(actor, id, body),
  }),
  stepRoute({
    path: 'voting/open',
    step: 'open-voting',
    summary: '点名（法定人数）并开始表决',
    access: officeOnly,
    body: z.strictObject({ present: z.array(uuidField) }),
    response: answers.votingOpened,
    take: (services, actor, id, body) => services.voting.openVoting(actor, id, body),
  }),
  stepRoute({
    path: 'voting/close',
    step: 'close-voting',
    summary: '结束表决（只进行一轮）',
    access: officeOnly,
    response: answers.votingClosed,
    take: (services, actor, id) => services.voting.closeVoting(actor, id),
  }),
  stepRoute({
    path: 'cap-adjustments',
    step: 'cap-adjustments',
    summary: '评聘结合通过比例加成（吉林高校）',
    access: officeOnly,
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
    response: answers.capAdjustmentsSet,
    take: (services, actor, id, body) => services.results.setCapAdjustments(actor, id, body.adjustments),
  }),
  stepRoute({
    path: 'results',
    step: 'fix-results',
    summary: '确定评审结果并开始结果公示',
    access: officeOnly,
    response: answers.resultsFixed,
    take: (services, actor, id) => services.results.fixResults(actor, id),
  }),
  stepRoute({
    path: 'filing',
    step: 'file',
    summary: '报送人社部门备案',
    access: officeOnly,
    response: answers.sessionFiled,
    take: (services, actor, id) => services.results.file(actor, id),
  }),
  stepRoute({
    path: 'announcement',
    step: 'announce',
    summary: '发文公布',
    access: officeOnly,
    body: z.strictObject({ announcementNumber: z.string().trim().min(4, '请填写发文文号').max(60) }),
    response: answers.sessionAnnounced,
    take: (services, actor, id, body) => services.results.announce(actor, id, body),
  }),
];

/** Registers every step of the table: the same params, error statuses and one service call each. */
export function registerSessionSteps(app: FastifyInstance, services: ReviewRouteServices): void {
  for (const route of SESSION_STEP_ROUTES)
    app.post(
      `/api/v1/review-sessions/:id/${route.path}`,
      {
        config: route.access,
        schema: {
          tags: sessionTags,
          summary: route.summary,
          params: sessionIdParams,
          ...(route.body ? { body: route.body } : {}),
          response: { 200: route.response, ...errorResponses },
        },
      },
      (request) => {
        const { id } = request.params as z.output<typeof sessionIdParams>;
        return route.take(services, actorOf(request), id, request.body);
      },
    );
}
