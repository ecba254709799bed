import type { DemoExpert } from './demo-experts';
/** Shapes of the demo dataset (re-exported by demo-dataset.ts, the public entry point). */

/** An organisation of the demo world: HR bureaus, departments, committee offices, employers… */
export interface DemoOrganisation {
  /** Stable key other demo records refer to, e.g. 'as-hrss'. */
  key: string;
  name: string;
  kind: 'employer' | 'hr-bureau' | 'department' | 'committee-office' | 'dispatch-agency' | 'other';
  /** A valid, unique 统一社会信用代码 (GB 32100) whose region part is `jurisdictionCode`. */
  creditCode: string;
  employerKind:
    | 'public-institution'
    | 'state-enterprise'
    | 'private-enterprise'
    | 'government'
    | 'military'
    | 'other'
    | null;
  /** GB/T 2260 code of the province, city or county the organisation sits in. */
  jurisdictionCode: string;
  /** Key of the competent department (主管部门) that reviews its applications, if any. */
  departmentKey?: string;
}

/** A title a demo person holds. */
export interface DemoTitle {
  /** Catalogue series slug, e.g. 'engineering'. */
  series: string;
  level: 'senior' | 'associate-senior' | 'intermediate' | 'assistant' | 'entry';
  specialty: string;
  /** 'YYYY-MM-DD'. */
  obtainedOn: string;
  via: 'review' | 'exam' | 'recognition' | 'qualification';
}

/** A 专业技术人员 of the demo world. */
export interface DemoPerson {
  /** Stable key, e.g. 'p0001'. */
  key: string;
  name: string;
  gender: 'male' | 'female';
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  /** A valid, unique 18-character 居民身份证号码 matching birth date and gender. */
  idNumber: string;
  /** Key of the employer (kind 'employer'). */
  organisationKey: string;
  /** The employer's jurisdiction. */
  jurisdictionCode: string;
  /** Oldest first, one series per person, levels strictly ascending. */
  titles: DemoTitle[];
}

/** A demo login; exactly one per role. */
export interface DemoUser {
  username: string;
  displayName: string;
  roles: string[];
  organisationKey: string | null;
  jurisdictionCode: string;
  /** The demo person this account is, for the applicant and the expert. */
  personKey: string | null;
}

/** Everything `buildDemoDataset` returns. */
export interface DemoDataset {
  organisations: DemoOrganisation[];
  persons: DemoPerson[];
  users: DemoUser[];
  committees: DemoCommittee[];
  experts: DemoExpert[];
  /** The one documented password of every demo account. */
  password: string;
}

/** An organisation as written down in the demo sources, before its credit code is generated. */
export type OrganisationSpec = Omit<DemoOrganisation, 'creditCode'>;

/** A committee in the demo registry, hosted by a committee office. */
export interface DemoCommittee {
  name: string;
  organiser: string;
  approvalNumber: string;
  /** A senior committee by specialty needs ≥11 members, by series ≥25 (DOMAIN §11). */
  organisedBy: 'series' | 'specialty';
  officeKey: string;
  tier: 'provincial' | 'city';
  series: string;
  levels: string[];
  specialties: string[];
  regionCode: string;
  approvedOn: string;
  validUntil: string;
}
