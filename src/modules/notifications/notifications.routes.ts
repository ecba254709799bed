import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, signedInRoute } from '../../http/access';
import { pagingQuery } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import type { NotificationsService } from './notifications.service';

const item = z
  .object({
    id: z.number().int(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.string(),
    read: z.boolean(),
  })
  .meta({ id: 'InboxMessage' });

/** Every user's inbox. */
export function notificationsRoutes(service: NotificationsService): FastifyPluginAsyncZod {
  return routesIn(['站内消息'], (app, route) => {
    app.get(
      '/api/v1/me/notifications',
      route(signedInRoute, '我的站内消息', {
        querystring: z.strictObject({ ...pagingQuery, unreadOnly: z.stringbool().default(false) }),
        response: {
          200: z
            .object({
              items: z.array(item),
              total: z.number().int(),
              unread: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
            })
            .meta({ id: 'Inbox' }),
        },
      }),
      (request) => service.inbox(actorOf(request), request.query),
    );
    app.post(
      '/api/v1/me/notifications/read',
      route(signedInRoute, '标记为已读（ids 为空表示全部）', {
        body: z.strictObject({ ids: z.array(z.number().int().positive()).max(500).optional() }),
        response: { 200: z.object({ marked: z.number().int() }) },
      }),
      (request) => service.markRead(actorOf(request), request.body.ids ?? 'all'),
    );
  });
}
