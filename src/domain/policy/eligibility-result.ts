import type { JsonRecord } from '../json-value';
import type { Citation } from './citation';
import type { Pathway, Target } from './eligibility-request';
import type { Effects } from './rule-base';

/** One unmet condition, with the clause it rests on and the facts it used (一次性告知). */
export interface Unmet {
  rule: string;
  message: string;
  citation: Citation;
  facts: JsonRecord;
}

export interface PathwayResult {
  pathway: Pathway;
  eligible: boolean;
  /** The basis this answer is for: the open one, or the nearest when none is open. */
  basis: { id: string; name: string; citation: Citation };
  unmet: Unmet[];
  effects: Effects;
  earliestEligibleOn: string | null;
  /**
   * Every basis of the pathway with its own unmet conditions, when it has several (一次性告知:
   * what each way in still needs).
   */
  bases?: BasisResult[];
}

export interface BasisResult {
  id: string;
  name: string;
  citation: Citation;
  eligible: boolean;
  unmet: Unmet[];
  earliestEligibleOn: string | null;
}

/** CONTRACTS §1 result, plus optional fields that extend it compatibly. */
export interface EligibilityResult {
  policy: string;
  asOf: string;
  target: Target;
  eligible: boolean;
  pathway: Pathway | null;
  /** With no pathway open and none requested: the pathway whose conditions `unmet` lists. */
  nearestPathway: Pathway | null;
  unmet: Unmet[];
  pathways: PathwayResult[];
  effects: Effects;
  earliestEligibleOn: string | null;
  /** Status of the policy set: a draft is evaluated what-if only. */
  policyStatus: 'in-force' | 'draft';
  warnings: string[];
}

export const NO_EFFECTS: Effects = {
  directRecognition: false,
  passRateCap: null,
  outsidePostQuota: false,
  postGrade: null,
  separateEvaluation: false,
};
