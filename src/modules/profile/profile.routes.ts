import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EMPLOYMENT_RELATION_CODES } from '../../domain/accounts/employment-relation';
import type { Applicant } from '../../domain/policy';
import { actorOf } from '../../http/access';
import { errorResponse } from '../../http/list-query';
import { applicantSchema } from '../eligibility/eligibility-request.schema';
import type { ProfileService } from './profile.service';
import { titleVerificationSchema } from './title-verification.schema';

const profile = z.object({
  name: z.string(),
  organisation: z.string().nullable(),
  currentEmployer: z
    .object({
      name: z.string(),
      employerKind: z.string().nullable(),
      since: z.string().nullable().describe('单位确认的入职日期（绑定起始日）'),
      relation: z.enum(EMPLOYMENT_RELATION_CODES).nullable().describe('单位确认的用工形式'),
    })
    .nullable(),
  jurisdictionCode: z.string(),
  applicant: z.record(z.string(), z.unknown()),
  verification: titleVerificationSchema,
  updatedAt: z.string().nullable(),
});
const own = { access: { roles: ['applicant'] as const } };
const tags = ['申报人档案'];

/** The applicant's own profile: the facts the eligibility check and the application use. */
export function profileRoutes(service: ProfileService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/me/profile',
      { config: own, schema: { tags, summary: '本人档案', response: { 200: profile, 404: errorResponse } } },
      (request) => service.get(actorOf(request)),
    );
    app.put(
      '/api/v1/me/profile',
      {
        config: own,
        schema: {
          tags,
          summary: '保存本人档案（学历、职称、工作经历、岗位、考核、继续教育、业绩等）',
          body: z.strictObject({ applicant: applicantSchema }),
          response: { 200: profile, 400: errorResponse, 404: errorResponse },
        },
      },
      (request) => service.save(actorOf(request), request.body.applicant as Applicant),
    );
  };
}
