import type { ConditionSpec } from '../condition-spec';
import { careerEvaluators } from './career-conditions';
import type { EvaluationContext, Failure } from './evaluation-context';
import { generalEvaluators } from './general-conditions';
import { pathwayEvaluators } from './pathway-conditions';

const EVALUATORS = { ...generalEvaluators, ...pathwayEvaluators, ...careerEvaluators } as Record<
  Exclude<ConditionSpec['kind'], 'any-of' | 'all-of'>,
  (spec: ConditionSpec, ctx: EvaluationContext) => Failure[]
>;

/** Every way `spec` is not met for the request in `ctx`; empty when it is met. */
export function evaluateCondition(spec: ConditionSpec, ctx: EvaluationContext): Failure[] {
  if (spec.kind === 'any-of') {
    let first: Failure[] | undefined;
    for (const alternative of spec.alternatives) {
      const failures = evaluateCondition(alternative, ctx);
      if (failures.length === 0) return failures;
      first ??= failures;
    }
    return first ?? [];
  }
  if (spec.kind === 'all-of') return spec.conditions.flatMap((part) => evaluateCondition(part, ctx));
  return EVALUATORS[spec.kind as Exclude<ConditionSpec['kind'], 'any-of' | 'all-of'>](spec, ctx);
}
