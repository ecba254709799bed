import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requiresPermission } from '../../http/access';
import { errorResponses } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import type { DeadlineAdmin } from './deadline-admin.service';
import { deadlineIdParams, deadlineList, deadlineListQuery, deadlineRow } from './deadlines.schema';

const manage = requiresPermission('deadlines.manage');

/** The administrator's view of the stored deadlines: failed ones with their errors, and a retry. */
export function deadlinesRoutes(admin: DeadlineAdmin): FastifyPluginAsyncZod {
  return routesIn(['后台任务'], (app, route) => {
    app.get(
      '/api/v1/admin/deadlines',
      route(manage, '期限任务列表（status：failed 已失败、pending 待处理、done 已完成；默认 failed）', {
        querystring: deadlineListQuery,
        response: { 200: deadlineList },
      }),
      (request) => admin.list(actorOf(request), request.query),
    );

    app.post(
      '/api/v1/admin/deadlines/:id/retry',
      route(manage, '重试已失败的期限任务：重置尝试次数，交由后台重新处理（记入审计日志）', {
        params: deadlineIdParams,
        response: { 200: deadlineRow, ...errorResponses },
      }),
      (request) => admin.retry(actorOf(request), request.params.id),
    );
  });
}
