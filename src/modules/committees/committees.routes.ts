import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUTHENTICATED } from '../../server/access';
import type { CommitteesService } from './committees.service';

const committee = z.object({
  id: z.string(),
  name: z.string(),
  tier: z.string(),
  tierName: z.string(),
  series: z.string(),
  seriesName: z.string(),
  levels: z.array(z.string()),
  levelNames: z.array(z.string()),
  specialties: z.array(z.string()),
  regionCode: z.string(),
  regionName: z.string(),
  status: z.string(),
  approvedOn: z.string(),
  validUntil: z.string(),
});

/** The committee registry as staff read it (目录清单). */
export function committeesRoutes(service: CommitteesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/committees',
      {
        config: { access: AUTHENTICATED },
        schema: { tags: ['评委会'], summary: '评委会目录清单', response: { 200: z.array(committee) } },
      },
      () => service.list(),
    );
  };
}
