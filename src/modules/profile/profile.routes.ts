import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Applicant } from '../../domain/policy';
import { actorOf, applicantRoute } from '../../http/access';
import { errorResponse } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import { applicantSchema } from '../eligibility';
import { profileSchema } from './profile.schema';
import type { ProfileService } from './profile.service';

/** The applicant's own profile: the facts the eligibility check and the application use. */
export function profileRoutes(service: ProfileService): FastifyPluginAsyncZod {
  return routesIn(['申报人档案'], (app, route) => {
    app.get(
      '/api/v1/me/profile',
      route(applicantRoute, '本人档案', {
        response: { 200: profileSchema, 404: errorResponse },
      }),
      (request) => service.get(actorOf(request)),
    );
    app.put(
      '/api/v1/me/profile',
      route(applicantRoute, '保存本人档案（学历、职称、工作经历、岗位、考核、继续教育、业绩等）', {
        body: z.strictObject({ applicant: applicantSchema }),
        response: { 200: profileSchema, 404: errorResponse },
      }),
      (request) => service.save(actorOf(request), request.body.applicant as Applicant),
    );
  });
}
