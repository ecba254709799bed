import { policySetForPlace } from '../../domain/applications/policy-set-for-place';
import type { Citation } from '../../domain/policy/citation';
import { POLICY_LAYERS } from '../../policies';
import { resolvedPolicy } from '../eligibility/eligibility.service';

/** The review rules in force for a committee's region on a date, as parameters with their citations. */
export interface ReviewParameters {
  policySet: string;
  number(key: string, fallback: number): number;
  text(key: string, fallback: string): string;
  citation(key: string): Citation | null;
}

export function reviewParameters(regionCode: string, date: string): ReviewParameters {
  const { policySet } = policySetForPlace(POLICY_LAYERS, regionCode, date);
  const parameters = resolvedPolicy(policySet, date).parameters;
  return {
    policySet,
    number: (key, fallback) => {
      const value = parameters.get(key)?.value;
      return typeof value === 'number' ? value : fallback;
    },
    text: (key, fallback) => {
      const value = parameters.get(key)?.value;
      return typeof value === 'string' ? value : fallback;
    },
    citation: (key) => parameters.get(key)?.citation ?? null,
  };
}

/** A share like 2/3 as a fraction of small integers, so thresholds are computed exactly. */
export function shareOf(value: number): { numerator: number; denominator: number } {
  for (let denominator = 1; denominator <= 100; denominator++) {
    const numerator = Math.round(value * denominator);
    if (Math.abs(numerator / denominator - value) < 1e-9) return { numerator, denominator };
  }
  return { numerator: Math.round(value * 1000), denominator: 1000 };
}
