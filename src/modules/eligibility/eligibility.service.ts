import {
  type EligibilityRequest,
  type EligibilityResult,
  evaluateEligibility,
  type ResolvedPolicy,
  resolvePolicy,
} from '../../domain/policy';
import { POLICY_LAYERS } from '../../policies';

// The shapes of the contract (CONTRACTS §1), for the routes of other modules that take or answer with them.
export { applicantSchema, levelField, seriesField } from './eligibility-request.schema';
export { eligibilityResultSchema, pathwayEffectsSchema } from './eligibility-result.schema';

/**
 * Resolved policy sets by set and date. The rule base is immutable data loaded with the
 * code, so a resolution never goes stale; the cache is bounded because dates are many.
 */
const resolved = new Map<string, ResolvedPolicy>();
const MAX_CACHED = 512;

/** Requests come in runs for one set and date (a form, a batch); the last one is kept at hand. */
let last: { id: string; asOf: string; policy: ResolvedPolicy } | null = null;

/** The policy set `id` as of `asOf`, resolved once and kept (the rule base is immutable data). */
export function resolvedPolicy(id: string, asOf: string): ResolvedPolicy {
  if (last && last.id === id && last.asOf === asOf) return last.policy;
  const key = `${id}@${asOf}`;
  let policy = resolved.get(key);
  if (!policy) {
    policy = resolvePolicy(POLICY_LAYERS, id, asOf);
    if (resolved.size >= MAX_CACHED) resolved.delete(resolved.keys().next().value!);
    resolved.set(key, policy);
  }
  last = { id, asOf, policy };
  return policy;
}

/**
 * CONTRACTS §1: the answer for a validated request. Pure — no database — so the public
 * self-check, the CLI and the reviewers' screens all get exactly the same answer.
 */
export function checkEligibility(request: EligibilityRequest): EligibilityResult {
  return evaluateEligibility(request, resolvedPolicy(request.policy, request.asOf));
}
