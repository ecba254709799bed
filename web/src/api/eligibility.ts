// The request and the answer are the contract's (CONTRACTS §1), typed once in the domain.

import type { EmployerKind } from '../../../src/domain/organisations/organisation-kinds';
import type { Citation as DomainCitation } from '../../../src/domain/policy/citation';
import type {
  Applicant,
  EligibilityRequest,
  Pathway,
  Target,
} from '../../../src/domain/policy/eligibility-request';
import type { EligibilityResult, PathwayResult, Unmet } from '../../../src/domain/policy/eligibility-result';
import type { Effects } from '../../../src/domain/policy/rule-base';
import type { TitleVerificationView } from '../../../src/domain/profile/title-verification';
import { http } from './client';

export type {
  Applicant,
  Effects,
  EligibilityRequest,
  EligibilityResult,
  Pathway,
  PathwayResult,
  Target,
  Unmet,
};

/** Where a rule comes from; `text` is the clause's words when the server sends them. */
export interface Citation extends DomainCitation {
  text?: string | null;
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

/**
 * The applicant's own profile: the applicant of CONTRACTS §1 as they last saved it. Before anything was
 * saved it holds what the system knows (birth date, titles) and `updatedAt` is null.
 */
export interface MyProfile {
  name: string;
  organisation: string | null;
  /** The person's 行政区划, which decides the policy set an application is judged under. */
  jurisdictionCode?: string;
  /** The employer on record, to start the work history from. */
  currentEmployer?: {
    name: string;
    employerKind: EmployerKind | null;
    /** The start date and relation the unit confirmed when it bound the person. */
    since?: string | null;
    relation?: 'staff' | 'contract' | 'dispatch' | null;
  } | null;
  applicant: Partial<Applicant>;
  /** Which titles the system's records back (已核验) and which are only declared, with the records. */
  verification?: TitleVerificationView;
  updatedAt: string | null;
}

export type { TitleVerificationView };

export function fetchMyProfile(): Promise<MyProfile> {
  return http.get<MyProfile>('/api/v1/me/profile');
}

/** Stores the applicant as the profile; rejects with field paths such as `applicant.education[0].graduatedOn`. */
export function saveMyProfile(applicant: Applicant): Promise<MyProfile> {
  return http.put<MyProfile>('/api/v1/me/profile', { applicant });
}
