import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { EligibilityRequest } from '../../domain/policy';
import { actorOf, applicantRoute, publicLimited } from '../../http/access';
import { errorResponse } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import { type ProfileService, profileSchema } from '../profile';
import { checkEligibility } from './eligibility.service';
import { eligibilityRequestSchema } from './eligibility-request.schema';
import { eligibilityResultSchema } from './eligibility-result.schema';

/** The public self-check (no login): CONTRACTS §1; and the stored profile to start it from. */
export function eligibilityRoutes(profiles: ProfileService): FastifyPluginAsyncZod {
  return routesIn(['职称申报条件'], (app, route) => {
    app.get(
      '/api/v1/me/eligibility-profile',
      route(applicantRoute, '本人已存档的信息（用于申报条件自测）', {
        response: { 200: profileSchema, 404: errorResponse },
      }),
      (request) => profiles.get(actorOf(request)),
    );

    app.post(
      '/api/v1/eligibility/check',
      route(publicLimited(600), '申报条件自测：一次性告知全部不符合的条件及依据', {
        body: eligibilityRequestSchema,
        response: { 200: eligibilityResultSchema },
      }),
      async (request) => checkEligibility(request.body as EligibilityRequest),
    );
  });
}
