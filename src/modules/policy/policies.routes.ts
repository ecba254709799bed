import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicRoute, requiresPermission } from '../../http/access';
import { calendarDateField } from '../../http/field-schemas';
import { routesIn } from '../../http/route-options';
import type { Clock } from '../../platform/clock';
import { POLICY_SETS } from '../../policies';
import { defaultAsOf, diffPolicies, listPolicySets, showCoverage, showPolicy } from './policies.service';
import { policyCoverageSchema } from './policy-coverage.schema';
import { policyDiffSchema, policyViewSchema } from './policy-view.schema';

const policyId = z.enum(POLICY_SETS);
const browse = requiresPermission('policies.browse');

export function policiesRoutes(deps: { clock: Clock }): FastifyPluginAsyncZod {
  return routesIn(['政策规则库'], (app, route) => {
    app.get(
      '/api/v1/policies',
      // The list is public: the self-check page lets anyone pick a policy set.
      route(publicRoute, '政策集列表', {
        response: {
          200: z.array(
            z
              .object({
                id: z.string(),
                name: z.string(),
                status: z
                  .enum(['in-force', 'draft'])
                  .describe('in-force 现行 | draft 征求意见稿（仅供推演）'),
                effectiveFrom: z.string().nullable(),
                effectiveUntil: z.string().nullable(),
              })
              .meta({ id: 'PolicySummary' }),
          ),
        },
      }),
      async () => listPolicySets(),
    );

    app.get(
      '/api/v1/policies/diff',
      route(browse, '两个政策集的对比', {
        querystring: z.strictObject({
          a: policyId,
          b: policyId,
          asOfA: calendarDateField.optional(),
          asOfB: calendarDateField.optional(),
        }),
        response: { 200: policyDiffSchema },
      }),
      async (request) => {
        const { a, b, asOfA, asOfB } = request.query;
        const now = deps.clock.now();
        return diffPolicies(
          { id: a, asOf: asOfA ?? defaultAsOf(a, now) },
          { id: b, asOf: asOfB ?? defaultAsOf(b, now) },
        );
      },
    );

    app.get(
      '/api/v1/policies/:id/coverage',
      route(browse, '种子文件逐条覆盖表（已编码、其他模块执行、待建设、非系统规则）', {
        params: z.object({ id: policyId }),
        response: { 200: policyCoverageSchema },
      }),
      async (request) => showCoverage(request.params.id),
    );

    app.get(
      '/api/v1/policies/:id',
      route(browse, '政策集的规则与参数（含生效日期与依据）', {
        params: z.object({ id: policyId }),
        querystring: z.strictObject({ asOf: calendarDateField.optional() }),
        response: { 200: policyViewSchema },
      }),
      async (request) =>
        showPolicy(request.params.id, request.query.asOf ?? defaultAsOf(request.params.id, deps.clock.now())),
    );
  });
}
