import { api, type BodyOf, call, type Schemas } from './client';

// The request and the answer are the contract's (CONTRACTS §1), as the server's OpenAPI document says them.

export type EligibilityRequest = BodyOf<'/api/v1/eligibility/check', 'post'>;

/** The applicant of CONTRACTS §1, as a request carries it (omitted facts take the server's neutral defaults). */
export type Applicant = EligibilityRequest['applicant'];

export type Target = EligibilityRequest['target'];

export type Pathway = NonNullable<EligibilityRequest['pathway']>;

export type EligibilityResult = Schemas['EligibilityResult'];

export type PathwayResult = Schemas['PathwayResult'];

export type Unmet = Schemas['UnmetCondition'];

export type Effects = Schemas['PathwayEffects'];

/** Where a rule comes from; `text` is the clause's words when the page has them. */
export type Citation = Schemas['Citation'] & { text?: string | null };

/** 申报条件自测 (public: no login needed). Rejects with the field paths of a malformed request. */
export function checkEligibility(request: EligibilityRequest): Promise<EligibilityResult> {
  return call(api.POST('/api/v1/eligibility/check', { body: request }), { redirectOn401: false });
}

/**
 * The applicant's own profile: the applicant of CONTRACTS §1 as they last saved it. Before anything was
 * saved it holds what the system knows (birth date, titles) and `updatedAt` is null. `currentEmployer`
 * is the employer on record with the start date and relation the unit confirmed; `verification` says
 * which titles the system's records back (已核验) and which are only declared.
 */
export type MyProfile = Schemas['Profile'];

/** What the system holds about the logged-in professional, to start the self-check from. */
export type EligibilityProfile = MyProfile;

export type TitleVerificationView = Schemas['TitleVerification'];

export function fetchEligibilityProfile(): Promise<EligibilityProfile> {
  return call(api.GET('/api/v1/me/eligibility-profile'));
}

export function fetchMyProfile(): Promise<MyProfile> {
  return call(api.GET('/api/v1/me/profile'));
}

/** Stores the applicant as the profile; rejects with field paths such as `applicant.education[0].graduatedOn`. */
export function saveMyProfile(applicant: Applicant): Promise<MyProfile> {
  return call(api.PUT('/api/v1/me/profile', { body: { applicant } }));
}
