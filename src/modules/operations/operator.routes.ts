import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { OPERATOR } from '../../http/access';
import { idParams } from '../../http/field-schemas';
import { errorResponse } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import type { DeadlineAdmin } from '../deadlines';
import { deadlineList, deadlineListQuery, sweepResult } from '../deadlines';
import type { DrawAudit } from '../review';
import { poolSnapshotResponse } from '../review';
import type { Operations } from './operations.service';
import { auditTrailCheck, serverStatus } from './operator.schema';

const config = { access: OPERATOR };
const denied = { 401: errorResponse, 403: errorResponse };

/**
 * What `bin/zhiping` asks a running server that holds the embedded database, instead of
 * opening the directory a second time: the same use cases the CLI runs on a database it opens
 * itself. Only the local operator token passes (server/operator-token.ts).
 */
export function operatorRoutes(s: {
  operations: Operations;
  deadlineAdmin: DeadlineAdmin;
  drawAudit: DrawAudit;
}): FastifyPluginAsyncZod {
  return routesIn(['本机运维（命令行）'], (app, route) => {
    app.get(
      '/api/v1/operator/status',
      route(config, '服务进程与数据库概况（迁移、用户数）', {
        response: { 200: serverStatus, ...denied },
      }),
      () => s.operations.status(),
    );
    app.post(
      '/api/v1/operator/deadlines/sweep',
      route(config, '立即处理已到期的期限并发送待发消息', {
        response: { 200: sweepResult, ...denied },
      }),
      () => s.operations.runDueWork(),
    );
    app.get(
      '/api/v1/operator/deadlines',
      route(config, '期限任务列表（同 /api/v1/admin/deadlines）', {
        querystring: deadlineListQuery,
        response: { 200: deadlineList, ...denied },
      }),
      (request) => s.deadlineAdmin.listForOperator(request.query),
    );
    app.post(
      '/api/v1/operator/audit/verify',
      route(config, '封存并校验审计日志哈希链及评审结果', {
        response: { 200: auditTrailCheck, ...denied },
      }),
      () => s.operations.verifyAuditTrail(),
    );
    app.get(
      '/api/v1/operator/review-sessions/:id/pool-snapshot',
      route(config, '专家抽取的冻结输入（同 /api/v1/review-sessions/{id}/pool-snapshot）', {
        params: idParams,
        response: { 200: poolSnapshotResponse, 409: errorResponse, ...denied },
      }),
      (request) => s.drawAudit.poolSnapshotForOperator(request.params.id),
    );
  });
}
