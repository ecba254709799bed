import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_WORKING_DAYS_COUNT } from '../../domain/calendar';
import { actorOf, publicRoute, requiresPermission } from '../../http/access';
import { calendarDateField, yearParam } from '../../http/field-schemas';
import { errorResponse } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import type { CalendarService } from './calendar.service';

const dayKind = z.enum(['holiday', 'workday']);
const scheduleDay = z
  .object({ date: z.string(), kind: dayKind, name: z.string() })
  .meta({ id: 'CalendarDay' });
const source = z
  .enum(['chinese-days', 'manual'])
  .describe('chinese-days 按国务院放假安排导入 | manual 管理员录入');
const status = z.enum(['draft', 'published']).describe('draft 录入中（不回答工作日查询）| published 已发布');
const yearDetail = z
  .object({ year: z.number(), source, status, days: z.array(scheduleDay) })
  .meta({ id: 'CalendarYear' });
const yearSummary = z
  .object({
    year: z.number(),
    source,
    status,
    holidayCount: z.number(),
    makeupWorkdayCount: z.number(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CalendarYearSummary' });
const edit = requiresPermission('calendar.edit');

/** Working-day answers are public (they are published holiday schedules); editing is for admins. */
export function calendarRoutes(service: CalendarService): FastifyPluginAsyncZod {
  return routesIn(['工作日历'], (app, route) => {
    app.get(
      '/api/v1/calendar/workdays',
      route(publicRoute, '计算N个工作日期限的截止日（含起始日，遇节假日顺延，按国务院放假安排及调休）', {
        querystring: z.strictObject({
          from: calendarDateField,
          count: z.coerce.number().int().min(1).max(MAX_WORKING_DAYS_COUNT),
        }),
        response: {
          200: z
            .object({ from: z.string(), count: z.number(), end: z.string() })
            .meta({ id: 'WorkdaysResult' }),
          422: errorResponse,
        },
      }),
      (request) => service.workdays(request.query.from, request.query.count),
    );

    app.get(
      '/api/v1/calendar/is-workday',
      route(publicRoute, '查询某日是否为工作日', {
        querystring: z.strictObject({ date: calendarDateField }),
        response: {
          200: z.object({
            date: z.string(),
            workday: z.boolean(),
            kind: z.enum(['workday', 'weekend', 'holiday', 'makeup-workday']),
            name: z.string().nullable(),
          }),
          422: errorResponse,
        },
      }),
      (request) => service.dayInfo(request.query.date),
    );

    app.get(
      '/api/v1/calendar/years',
      route(publicRoute, '已录入的年度', {
        response: {
          200: z.array(yearSummary),
        },
      }),
      () => service.listYears(),
    );

    app.get(
      '/api/v1/calendar/years/:year',
      route(publicRoute, '某年度的放假与调休安排', {
        params: z.object({ year: yearParam }),
        response: { 200: yearDetail },
      }),
      (request) => service.getYear(request.params.year),
    );

    app.post(
      '/api/v1/calendar/years',
      route(edit, '新增年度（草稿）', {
        // Lenient as it always was: a year sent as text is read too.
        body: z.strictObject({ year: yearParam }),
        response: { 201: yearDetail, 409: errorResponse },
      }),
      async (request, reply) =>
        reply.status(201).send(await service.declareYear(actorOf(request), request.body.year)),
    );

    app.post(
      '/api/v1/calendar/years/:year/publish',
      route(edit, '发布年度安排', {
        params: z.object({ year: yearParam }),
        response: { 200: yearDetail, 409: errorResponse, 422: errorResponse },
      }),
      (request) => service.publishYear(actorOf(request), request.params.year),
    );

    app.put(
      '/api/v1/calendar/days/:date',
      route(edit, '设置放假日或调休上班日', {
        params: z.object({ date: calendarDateField }),
        body: z.strictObject({ kind: dayKind, name: z.string().trim().min(1).max(50) }),
        response: { 200: scheduleDay },
      }),
      (request) => service.setDay(actorOf(request), request.params.date, request.body),
    );

    app.delete(
      '/api/v1/calendar/days/:date',
      route(edit, '恢复为默认（周一至周五上班）', {
        params: z.object({ date: calendarDateField }),
        response: { 204: z.null() },
      }),
      async (request, reply) => {
        await service.clearDay(actorOf(request), request.params.date);
        return reply.status(204).send(null);
      },
    );
  });
}
