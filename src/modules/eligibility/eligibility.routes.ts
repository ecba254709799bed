import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { EligibilityRequest } from '../../domain/policy';
import { actorOf, applicantRoute, PUBLIC } from '../../http/access';
import { errorResponse } from '../../http/list-query';
import { type ProfileService, profileSchema } from '../profile';
import { checkEligibility } from './eligibility.service';
import { eligibilityRequestSchema } from './eligibility-request.schema';
import { eligibilityResultSchema } from './eligibility-result.schema';

/** The public self-check (no login): CONTRACTS §1; and the stored profile to start it from. */
export function eligibilityRoutes(profiles: ProfileService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/me/eligibility-profile',
      {
        config: applicantRoute,
        schema: {
          tags: ['职称申报条件'],
          summary: '本人已存档的信息（用于申报条件自测）',
          response: { 200: profileSchema, 404: errorResponse },
        },
      },
      (request) => profiles.get(actorOf(request)),
    );

    app.post(
      '/api/v1/eligibility/check',
      {
        config: { access: PUBLIC, rateLimit: { max: 600, timeWindow: 60_000 } },
        schema: {
          tags: ['职称申报条件'],
          summary: '申报条件自测：一次性告知全部不符合的条件及依据',
          body: eligibilityRequestSchema,
          response: { 200: eligibilityResultSchema, 400: errorResponse },
        },
      },
      async (request) => checkEligibility(request.body as EligibilityRequest),
    );
  };
}
