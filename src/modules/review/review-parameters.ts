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
