import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, forRoles, OPERATOR } from '../../http/access';
import { dispositionOf, fileResponse } from '../../http/file-reply';
import { errorResponse } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import type { BackupService } from './backup.service';

/**
 * The archive `bin/zhiping backup` writes, streamed: to the system administrator
 * (`POST /api/v1/admin/backup`), and to the CLI beside a server that holds the embedded database
 * (`POST /api/v1/operator/backup`, the local operator token), which cannot open that directory a
 * second time. On PostgreSQL it works too where the server has pg_dump. The administrator's is a
 * role, not a permission: no other role may ever hold it.
 */
export function backupRoutes(service: BackupService): FastifyPluginAsyncZod {
  const stream = async (request: FastifyRequest, reply: FastifyReply, actorUserId: string | null) => {
    const backup = await service.prepare({ actorUserId });
    const archive = new PassThrough();
    // Headers are sent by now: a failure can only cut the archive short, and a cut archive
    // lacks its trailer, which restore refuses.
    backup.writeTo(archive).catch((error: Error) => {
      request.log.error({ err: { message: error.message } }, 'backup failed while streaming');
      archive.destroy(error);
    });
    return reply
      .header('content-type', 'application/x-tar')
      .header('content-disposition', dispositionOf('attachment', backup.fileName))
      .header('cache-control', 'no-store')
      .send(archive);
  };
  const summary =
    '全量备份（tar：数据库与全部附件，与 bin/zhiping backup 相同；用 bin/zhiping restore 恢复）';
  // No backup of a database that lives only in memory or without pg_dump (409), or of a
  // PostgreSQL newer than the tools (422).
  const answers = {
    200: fileResponse('备份归档（tar）', ['application/x-tar']),
    409: errorResponse,
    422: errorResponse,
  };
  return routesIn(['本机运维（命令行）'], (app, route) => {
    app.post(
      '/api/v1/admin/backup',
      {
        config: forRoles('admin'),
        schema: { tags: ['系统维护'], summary: `下载${summary}`, response: answers },
      },
      (request, reply) => stream(request, reply, actorOf(request).userId),
    );
    app.post(
      '/api/v1/operator/backup',
      route({ access: OPERATOR }, `${summary}，供服务运行时的 bin/zhiping backup`, {
        response: answers,
      }),
      (request, reply) => stream(request, reply, null),
    );
  });
}
