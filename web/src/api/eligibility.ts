// The request is the contract's (CONTRACTS §1), typed once in the domain; only the answer is described here.

import type { EmployerKind } from '../../../src/domain/organisations/organisation-kinds';
import type {
  Applicant,
  EligibilityRequest,
  Pathway,
  Target,
} from '../../../src/domain/policy/eligibility-request';
import { http } from './client';

export type { Applicant, EligibilityRequest, Pathway, Target };

/** Where a rule comes from; `text` is the clause's words when the server sends them. */
export interface Citation {
  document: string;
  clause: string;
  text?: string | null;
}

export interface Unmet {
  rule: string;
  message: string;
  citation: Citation;
  facts: Record<string, unknown>;
}

export interface Effects {
  directRecognition: boolean;
  passRateCap: number | null;
  outsidePostQuota: boolean;
  postGrade: number | null;
  separateEvaluation: boolean;
}

export interface PathwayResult {
  pathway: Pathway;
  eligible: boolean;
  /** The basis the answer is for: the open one, or the nearest when none is open. */
  basis: { id: string; name: string; citation: Citation };
  unmet: Unmet[];
  effects: Effects;
  earliestEligibleOn: string | null;
}

export interface EligibilityResult {
  policy: string;
  asOf: string;
  target: Target;
  eligible: boolean;
  pathway: Pathway | null;
  /** With none open and none requested: the pathway whose conditions `unmet` lists. */
  nearestPathway: Pathway | null;
  unmet: Unmet[];
  pathways: PathwayResult[];
  effects: Effects;
  earliestEligibleOn: string | null;
  policyStatus?: 'in-force' | 'draft';
  warnings?: string[];
}

/** 申报条件自测 (public: no login needed). Rejects with the field paths of a malformed request. */
export function checkEligibility(request: EligibilityRequest): Promise<EligibilityResult> {
  return http.post<EligibilityResult>('/api/v1/eligibility/check', request, { redirectOn401: false });
}

/** What the system holds about the logged-in professional, to start the self-check from. */
export interface EligibilityProfile {
  name: string;
  jurisdictionCode: string;
  currentEmployer: { name: string; employerKind: EmployerKind } | null;
  applicant: Pick<Applicant, 'birthDate' | 'titles'>;
}

export function fetchEligibilityProfile(): Promise<EligibilityProfile> {
  return http.get<EligibilityProfile>('/api/v1/me/eligibility-profile');
}
