import { loadOnce } from '../lib/load-once';
import { api, call, type PathParamsOf, type Schemas } from './client';

/** A policy set a self-check may name (CONTRACTS §1). */
export type PolicySummary = Schemas['PolicySummary'];

export type PolicyStatus = PolicySummary['status'];

/** A policy parameter with its value, citation and the layer it comes from. */
export type ParameterItem = Schemas['PolicyParameter'];

/** A general condition (or a pathway's), described in Chinese. */
export type GeneralItem = Schemas['PolicyRule'];

/** Which targets a rule concerns; null or an absent list means all. */
export type TargetScope = GeneralItem['appliesTo'];

/** Every item of a resolved policy set names the layer it comes from and when it is in force. */
export type Layered = Pick<GeneralItem, 'citation' | 'layer' | 'effectiveFrom' | 'effectiveUntil'>;

export type StandardItem = Schemas['PolicyStandard'];

/** A basis of a pathway: the parts of the basic standard it needs (`standard`, in Chinese), its conditions and effects. */
export type PathwayItem = Schemas['PolicyPathway'];

/** A resolved policy set; `layers` from the national layer down to this set. */
export type PolicyDetail = Schemas['Policy'];

export type PolicyDiff = Schemas['PolicyDiff'];

export type DiffRow = PolicyDiff['rows'][number];

export type DiffKind = DiffRow['kind'];

export type DiffItem = NonNullable<DiffRow['a']>;

/** The policy sets (public). They change only with a release, so the list is fetched once. */
export const listPolicies = loadOnce(() => call(api.GET('/api/v1/policies'), { redirectOn401: false }));

/** A policy set as in force on `asOf` (the server picks a date inside the set's year when omitted). */
export function fetchPolicy(
  id: string,
  asOf: string | undefined,
  signal?: AbortSignal,
): Promise<PolicyDetail> {
  return call(
    api.GET('/api/v1/policies/{id}', {
      params: { path: { id: id as PolicySetId }, query: { asOf } },
      signal,
    }),
  );
}

/** The id of a policy set (the server's list of them); the pages hold the one chosen as text. */
type PolicySetId = PathParamsOf<'/api/v1/policies/{id}', 'get'>['id'];

export function fetchPolicyDiff(
  query: { a: string; b: string; asOfA?: string | undefined; asOfB?: string | undefined },
  signal?: AbortSignal,
): Promise<PolicyDiff> {
  const { a, b, ...dates } = query;
  return call(
    api.GET('/api/v1/policies/diff', {
      params: { query: { a: a as PolicySetId, b: b as PolicySetId, ...dates } },
      signal,
    }),
  );
}

/** One provision of a seed clause and how the product stands on it (`rules` for encoded ones, `where` for those enforced elsewhere, `issue` for planned ones). */
export type CoverageProvision = Schemas['CoverageProvision'];

export type CoverageStatus = CoverageProvision['status'];

/** A clause as citations write it ("七", "14", "一(四)1"; "结语" is the closing sentence), with its provisions. */
export type CoverageClause = Schemas['CoverageClause'];

/** Every clause of a seed document with the status of each provision (seeds 000–004). */
export type PolicyCoverage = Schemas['PolicyCoverage'];

export function fetchPolicyCoverage(id: string, signal?: AbortSignal): Promise<PolicyCoverage> {
  return call(
    api.GET('/api/v1/policies/{id}/coverage', { params: { path: { id: id as PolicySetId } }, signal }),
  );
}
