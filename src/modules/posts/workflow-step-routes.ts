import type { FastifyContextConfig } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Actor } from '../../domain/access/actor';
import { actorOf, forRoles, requiresPermission } from '../../http/access';
import { idParams } from '../../http/field-schemas';
import { errorResponse } from '../../http/list-query';
import type { SectionRouteOptions } from '../../http/route-options';
import { returnBody, reviewBody } from './posts.schema';

/** A step up the chain (a plan's or an appointment's): its path, who takes it, its body and the service call. */
export interface WorkflowStep<B extends z.ZodType> {
  path: string;
  summary: string;
  config: FastifyContextConfig;
  body: B;
  /** Whether the step checks the rules (422 with every failing item). */
  checks: boolean;
  take: (actor: Actor, id: string, body: z.output<B>) => Promise<unknown>;
}

export const workflowStep = <B extends z.ZodType>(s: WorkflowStep<B>) => s;

/** The competent department's review, with an optional note: the same step for plans and appointments. */
export const reviewStep = (
  summary: string,
  take: (actor: Actor, id: string, note: string | null) => Promise<unknown>,
) =>
  workflowStep({
    path: 'review',
    summary,
    config: requiresPermission('posts.review'),
    body: reviewBody,
    checks: false,
    take: (actor, id, body) => take(actor, id, body.note),
  });

/** A return by the department or the HR bureau, every reason kept: the same step for plans and appointments. */
export const returnStep = (
  summary: string,
  take: (actor: Actor, id: string, reasons: string[]) => Promise<unknown>,
) =>
  workflowStep({
    path: 'return',
    summary,
    config: forRoles('department', 'hr'),
    body: returnBody,
    checks: false,
    take: (actor, id, body) => take(actor, id, body.reasons),
  });

/** What a step or a record route refuses with: bad input, forbidden, not found, a conflict of state. */
export const refusals = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/**
 * `POST ${base}/:id/${step.path}` for each step, answering the record (`item`), the usual
 * refusals, and `refusal` (422, every failing rule) where the step checks the rules.
 */
export function registerWorkflowSteps(
  app: Parameters<FastifyPluginAsyncZod>[0],
  route: SectionRouteOptions,
  spec: { base: string; item: z.ZodType; refusal: z.ZodType; steps: readonly WorkflowStep<z.ZodType>[] },
) {
  for (const s of spec.steps)
    app.post(
      `${spec.base}/:id/${s.path}`,
      route(s.config, s.summary, {
        params: idParams,
        body: s.body,
        response: { 200: spec.item, ...refusals, ...(s.checks ? { 422: spec.refusal } : {}) },
      }),
      (request) => s.take(actorOf(request), (request.params as z.output<typeof idParams>).id, request.body),
    );
}
