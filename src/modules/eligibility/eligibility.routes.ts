import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { EligibilityRequest } from '../../domain/policy';
import { actorOf, PUBLIC } from '../../server/access';
import { errorResponse } from '../../server/list-query';
import type { ProfileService } from '../profile/profile.service';
import { checkEligibility } from './eligibility.service';
import { eligibilityRequestSchema } from './eligibility-request.schema';

const citation = z.object({ document: z.string(), clause: z.string() });
const unmet = z.object({
  rule: z.string(),
  message: z.string(),
  citation,
  facts: z.record(z.string(), z.unknown()),
});
const effects = z.object({
  directRecognition: z.boolean(),
  passRateCap: z.number().nullable(),
  outsidePostQuota: z.boolean(),
  postGrade: z.number().nullable(),
  separateEvaluation: z.boolean(),
});

export const eligibilityResultSchema = z.object({
  policy: z.string(),
  asOf: z.string(),
  target: z.object({ series: z.string(), level: z.string(), specialty: z.string().nullable() }),
  eligible: z.boolean(),
  pathway: z.string().nullable(),
  nearestPathway: z.string().nullable(),
  unmet: z.array(unmet),
  pathways: z.array(
    z.object({
      pathway: z.string(),
      eligible: z.boolean(),
      basis: z.object({ id: z.string(), name: z.string(), citation }),
      unmet: z.array(unmet),
      effects,
      earliestEligibleOn: z.string().nullable(),
    }),
  ),
  effects,
  earliestEligibleOn: z.string().nullable(),
  policyStatus: z.enum(['in-force', 'draft']),
  warnings: z.array(z.string()),
});

/** The public self-check (no login): CONTRACTS §1; and the stored profile to start it from. */
export function eligibilityRoutes(profiles: ProfileService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/me/eligibility-profile',
      {
        config: { access: { roles: ['applicant'] } },
        schema: {
          tags: ['职称申报条件'],
          summary: '本人已存档的信息（用于申报条件自测）',
          response: { 200: z.record(z.string(), z.unknown()), 404: errorResponse },
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
