import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/access';
import { dispositionOf } from '../../server/file-reply';
import type { BackupService } from './backup.service';

/**
 * `POST /api/v1/admin/backup`: the archive `bin/zhiping backup` writes, streamed to the system
 * administrator. This is how a server that holds the embedded database is backed up while it
 * runs (the CLI cannot open that directory a second time); it works on PostgreSQL too, where
 * the server has pg_dump. A role, not a permission: no other role may ever hold it.
 */
export function backupRoutes(service: BackupService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/admin/backup',
      {
        config: { access: { roles: ['admin'] as const } },
        schema: {
          tags: ['系统维护'],
          summary:
            '下载全量备份（tar：数据库与全部附件，与 bin/zhiping backup 相同；用 bin/zhiping restore 恢复）',
        },
      },
      async (request, reply) => {
        const backup = await service.prepare({ actorUserId: actorOf(request).userId });
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
      },
    );
  };
}
