import {
  type EligibilityRequest,
  type EligibilityResult,
  evaluateEligibility,
  resolvePolicy,
} from '../../domain/policy';
import { POLICY_LAYERS } from '../../policies';

/**
 * CONTRACTS §1: the answer for a validated request. Pure — no database — so the public
 * self-check, the CLI and the reviewers' screens all get exactly the same answer.
 */
export function checkEligibility(request: EligibilityRequest): EligibilityResult {
  return evaluateEligibility(request, resolvePolicy(POLICY_LAYERS, request.policy, request.asOf));
}
