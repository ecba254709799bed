import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLE_CODES, type Role } from '../../domain/access/roles';
import { actorOf, signedInRoute } from '../../http/access';
import { routesIn } from '../../http/route-options';
import type { UsersService } from '../users';
import type { HomeService } from './home.service';

const countRow = z.object({ name: z.string(), count: z.number() });

export function homeRoutes(home: HomeService, users: UsersService): FastifyPluginAsyncZod {
  return routesIn(['工作台'], (app, route) => {
    app.get(
      '/api/v1/home',
      route(signedInRoute, '当前角色的工作台', {
        response: {
          200: z
            .object({
              role: z.enum(ROLE_CODES as [Role, ...Role[]]),
              greeting: z.string(),
              cards: z.array(
                z
                  .object({
                    key: z.string(),
                    title: z.string(),
                    value: z.union([z.number(), z.string()]),
                    suffix: z.string().optional(),
                  })
                  .meta({ id: 'HomeCard' }),
              ),
              charts: z.object({
                bySeries: z.array(countRow.extend({ series: z.string() })).optional(),
                byLevel: z.array(countRow.extend({ level: z.string() })).optional(),
              }),
              profile: z
                .object({
                  name: z.string(),
                  idNumberMasked: z.string(),
                  gender: z.string(),
                  birthDate: z.string(),
                  organisation: z.string().nullable(),
                  titles: z.array(
                    z
                      .object({
                        seriesName: z.string(),
                        levelName: z.string(),
                        titleName: z.string(),
                        specialty: z.string(),
                        obtainedOn: z.string(),
                      })
                      .meta({ id: 'TitleHeld' }),
                  ),
                })
                .meta({ id: 'HomeApplicantProfile' })
                .optional(),
            })
            .meta({ id: 'HomeData', description: '当前角色的工作台：概况卡片、图表，申报人另有本人档案' }),
        },
      }),
      async (request) => {
        const actor = actorOf(request);
        const me = await users.me(actor);
        return home.home(actor, me.displayName);
      },
    );
  });
}
