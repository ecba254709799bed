import {
  type EligibilityRequest,
  type EligibilityResult,
  evaluateEligibility,
  type ResolvedPolicy,
  resolvePolicy,
} from '../../domain/policy';
import { POLICY_LAYERS } from '../../policies';

/**
 * Resolved policy sets by set and date. The rule base is immutable data loaded with the
 * code, so a resolution never goes stale; the cache is bounded because dates are many.
 */
const resolved = new Map<string, ResolvedPolicy>();
const MAX_CACHED = 512;

function resolvedPolicy(id: string, asOf: string): ResolvedPolicy {
  const key = `${id}@${asOf}`;
  let policy = resolved.get(key);
  if (!policy) {
    policy = resolvePolicy(POLICY_LAYERS, id, asOf);
    if (resolved.size >= MAX_CACHED) resolved.delete(resolved.keys().next().value!);
    resolved.set(key, policy);
  }
  return policy;
}

/**
 * CONTRACTS §1: the answer for a validated request. Pure — no database — so the public
 * self-check, the CLI and the reviewers' screens all get exactly the same answer.
 */
export function checkEligibility(request: EligibilityRequest): EligibilityResult {
  return evaluateEligibility(request, resolvedPolicy(request.policy, request.asOf));
}
