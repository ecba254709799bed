import type { Effects } from '../../../src/domain/policy/rule-base';
import { loadOnce } from '../lib/load-once';
import { http } from './client';
import type { Citation, Pathway } from './eligibility';

export type PolicyStatus = 'in-force' | 'draft';

/** A policy set a self-check may name (CONTRACTS §1). */
export interface PolicySummary {
  id: string;
  name: string;
  status: PolicyStatus;
  effectiveFrom: string | null;
  effectiveUntil: string | null;
}

/** Which targets a rule concerns; null or an absent list means all. */
export interface TargetScope {
  series?: string[];
  levels?: string[];
  excludeExamSeries?: boolean;
}

/** Every item of a resolved policy set names the layer it comes from and when it is in force. */
export interface Layered {
  citation: Citation;
  layer: string;
  effectiveFrom: string | null;
  effectiveUntil: string | null;
}

export interface ParameterItem extends Layered {
  key: string;
  value: number | string | boolean | null;
  note: string | null;
}

export interface GeneralItem extends Layered {
  id: string;
  description: string;
  appliesTo: TargetScope | null;
}

export interface StandardItem extends Layered {
  series: string;
  seriesName: string;
  level: string;
  levelName: string;
  routes: string[];
}

export interface PathwayItem extends Layered {
  id: string;
  pathway: Pathway;
  name: string;
  appliesTo: TargetScope | null;
  /** Which parts of the basic standard apply, in Chinese. */
  standard: string;
  conditions: GeneralItem[];
  reductions: { years: number; description: string; citation: Citation }[];
  effects: Partial<Effects>;
}

export interface PolicyDetail {
  id: string;
  name: string;
  status: PolicyStatus;
  /** From the national layer down to this set. */
  layers: string[];
  asOf: string;
  parameters: ParameterItem[];
  general: GeneralItem[];
  standards: StandardItem[];
  pathways: PathwayItem[];
}

export type DiffKind = 'parameter' | 'general' | 'standard' | 'pathway';

export type DiffItem = ParameterItem | GeneralItem | StandardItem | PathwayItem;

export interface DiffRow {
  kind: DiffKind;
  key: string;
  status: 'only-a' | 'only-b' | 'changed';
  a: DiffItem | null;
  b: DiffItem | null;
}

export interface PolicyDiff {
  a: { id: string; name: string; asOf: string };
  b: { id: string; name: string; asOf: string };
  rows: DiffRow[];
}

/** The policy sets (public). They change only with a release, so the list is fetched once. */
export const listPolicies = loadOnce(() =>
  http.get<PolicySummary[]>('/api/v1/policies', { redirectOn401: false }),
);

/** A policy set as in force on `asOf` (the server picks a date inside the set's year when omitted). */
export function fetchPolicy(
  id: string,
  asOf: string | undefined,
  signal?: AbortSignal,
): Promise<PolicyDetail> {
  return http.get<PolicyDetail>(`/api/v1/policies/${encodeURIComponent(id)}`, { query: { asOf }, signal });
}

export function fetchPolicyDiff(
  query: { a: string; b: string; asOfA?: string | undefined; asOfB?: string | undefined },
  signal?: AbortSignal,
): Promise<PolicyDiff> {
  return http.get<PolicyDiff>('/api/v1/policies/diff', { query, signal });
}

export type CoverageStatus = 'encoded' | 'elsewhere' | 'planned' | 'not-a-rule';

/** One provision of a seed clause and how the product stands on it. */
export interface CoverageProvision {
  summary: string;
  status: CoverageStatus;
  /** Rule ids of the policy base, for encoded provisions. */
  rules: string[];
  /** File and exported name, for provisions enforced elsewhere. */
  where: { file: string; symbol: string } | null;
  /** Open issue, for planned provisions. */
  issue: number | null;
  why: string | null;
}

export interface CoverageClause {
  /** The clause id as citations write it ("七", "14", "一(四)1"); "结语" is the closing sentence. */
  clause: string;
  heading: string;
  provisions: CoverageProvision[];
}

/** Every clause of a seed document with the status of each provision (seeds 000–004). */
export interface PolicyCoverage {
  policy: string;
  name: string;
  status: PolicyStatus;
  clauses: CoverageClause[];
  summary: Record<CoverageStatus, number> & { clauses: number; provisions: number };
  problems: { clause: string; provision: number | null; message: string }[];
}

export function fetchPolicyCoverage(id: string, signal?: AbortSignal): Promise<PolicyCoverage> {
  return http.get<PolicyCoverage>(`/api/v1/policies/${encodeURIComponent(id)}/coverage`, { signal });
}
