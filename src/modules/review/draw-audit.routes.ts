import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, forRoles } from '../../http/access';
import { idParams } from '../../http/field-schemas';
import { errorResponse } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import { poolSnapshotResponse } from './draw-audit.schema';
import type { DrawAudit } from './draw-audit.service';

/** Who may audit a session's draw; the service narrows it to the committee's office and region. */
const auditors = forRoles('committee-office', 'hr', 'supervisor');

/** The frozen inputs of a session's draw, for auditors to replay it (`zhiping review replay-draw`). */
export function drawAuditRoutes(audit: DrawAudit): FastifyPluginAsyncZod {
  return routesIn(['评审会议'], (app, route) => {
    app.get(
      '/api/v1/review-sessions/:id/pool-snapshot',
      route(
        auditors,
        '专家抽取的冻结输入：专家库快照、回避依据、分组席位、种子及其SM3摘要，和已抽取的专家组（供审计复现抽取）',
        {
          params: idParams,
          response: { 200: poolSnapshotResponse, 409: errorResponse },
        },
      ),
      (request) => audit.poolSnapshot(actorOf(request), request.params.id),
    );
  });
}
