import type { ConditionSpec } from '../condition-spec';
import type { EvaluationContext, Failure } from './evaluation-context';
import { generalEvaluators } from './general-conditions';
import { pathwayEvaluators } from './pathway-conditions';

const EVALUATORS = { ...generalEvaluators, ...pathwayEvaluators } as Record<
  ConditionSpec['kind'],
  (spec: ConditionSpec, ctx: EvaluationContext) => Failure[]
>;

/** Every way `spec` is not met for the request in `ctx`; empty when it is met. */
export function evaluateCondition(spec: ConditionSpec, ctx: EvaluationContext): Failure[] {
  return EVALUATORS[spec.kind](spec, ctx);
}
