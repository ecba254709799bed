import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInShanghai } from '../../domain/calendar';
import { publicLimited } from '../../http/access';
import { routesIn } from '../../http/route-options';
import type { Clock } from '../../platform/clock';
import { validateIdentifier } from './validate-identifier';

/**
 * Public and stateless: it tells whether a value is well-formed, nothing about whether
 * anyone holds it. POST, so that an ID number never lands in a URL or an access log.
 */
export function identifiersRoutes(deps: { clock: Clock }): FastifyPluginAsyncZod {
  return routesIn(['证件校验'], (app, route) => {
    app.post(
      '/api/v1/identifiers/validate',
      route(publicLimited(600), '校验身份证号码或统一社会信用代码', {
        body: z.strictObject({ type: z.enum(['id-number', 'credit-code']), value: z.string().max(64) }),
        response: {
          200: z
            .union([
              z.object({ valid: z.literal(true) }),
              z.object({ valid: z.literal(false), reason: z.string() }),
            ])
            .meta({ id: 'IdentifierCheck' }),
        },
      }),
      async (request) =>
        validateIdentifier(request.body.type, request.body.value, todayInShanghai(deps.clock.now())),
    );
  });
}
