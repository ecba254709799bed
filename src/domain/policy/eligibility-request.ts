import type { Level } from '../catalogue';
import { codesOf } from '../code-labels';
import { ACHIEVEMENT_NAMES, PATHWAY_NAMES } from './names';

/**
 * The eligibility request of CONTRACTS §1, as the engine reads it (after validation and
 * defaults). The same shape is the applicant's stored profile, so the profile feeds the
 * engine directly.
 */
export type Degree =
  | 'doctorate'
  | 'master'
  | 'second-bachelor'
  | 'bachelor'
  | 'associate'
  | 'secondary'
  | 'none';
export type Residence =
  | 'mainland'
  | 'hk'
  | 'mo'
  | 'tw'
  | 'foreign-permanent'
  | 'foreign-talent-permit'
  | 'foreign-other';
export type EmployerKind =
  | 'public-institution'
  | 'state-enterprise'
  | 'private-enterprise'
  | 'government'
  | 'military'
  | 'other';
export type WorkArea = 'city' | 'county' | 'township' | 'village';
export type AppraisalResult = 'excellent' | 'competent' | 'basically-competent' | 'incompetent';
export type SkillLevel = 'senior-worker' | 'technician' | 'senior-technician' | 'principal-technician';
/** How a title was obtained: 评审, 考试, 认定 (e.g. 考核认定), 职业资格对应. */
export const TITLE_VIAS = ['review', 'exam', 'recognition', 'qualification'] as const;
export type TitleVia = (typeof TITLE_VIAS)[number];

/** The ways in (CONTRACTS §1 `pathway`): the codes of `PATHWAY_NAMES`, in its order. */
export const PATHWAYS = codesOf(PATHWAY_NAMES);
export type Pathway = (typeof PATHWAYS)[number];

/** The kinds of achievement (CONTRACTS §1 `achievements[].kind`): the codes of `ACHIEVEMENT_NAMES`, in its order. */
export const ACHIEVEMENT_KINDS = codesOf(ACHIEVEMENT_NAMES);
export type AchievementKind = (typeof ACHIEVEMENT_KINDS)[number];

export interface Education {
  degree: Degree;
  fullTime: boolean;
  vocational: boolean;
  major: string | null;
  graduatedOn: string | null;
}

export interface HeldTitle {
  series: string;
  level: Level;
  obtainedOn: string;
  via: TitleVia;
}

export interface WorkPeriod {
  from: string;
  to: string | null;
  employerKind: EmployerKind;
  area: WorkArea;
  frontline: boolean;
  relation: 'staff' | 'contract' | 'dispatch';
  teaching: boolean;
  /** Whether the unit practises 评聘分开 or 评聘结合; absent: the series' rule decides. */
  appointmentMode?: 'separated' | 'combined';
}

export interface Achievement {
  kind: AchievementKind;
  on: string | null;
  level?: SkillLevel;
  name?: string;
  /** Who recommended (举荐人 / 推荐人): quotas per recommender are counted across applications. */
  recommender?: string;
  /** The award's certificate or commendation number: one mentor or coach per award. */
  award?: string;
  /**
   * For a recommendation: whether the one recommended works in the recommender's own or a close
   * field, team, trade or system (absent: not disputed, as for peer recommendations).
   */
  sameOrCloseSpecialty?: boolean;
}

export interface Applicant {
  birthDate: string;
  retired: boolean;
  residence: Residence;
  education: Education[];
  titles: HeldTitle[];
  practicedSpecialty: { specialty: string; since: string } | null;
  work: WorkPeriod[];
  posts: { grade: number; from: string; to: string | null }[];
  annualAppraisals: { year: number; result: AppraisalResult }[];
  continuingEducation: { year: number; hours: number; professionalHours: number }[];
  recommendations: { byLevel: Level; sameOrCloseSpecialty: boolean }[];
  achievements: Achievement[];
  statuses: {
    returnee: boolean;
    partyGovTransfer: boolean;
    militaryTransfer: boolean;
    oneStepUsed: boolean;
    countyServiceContractYears: number;
    covidFrontline: { contact: boolean; outstanding: boolean } | null;
    talentCategory: 'A' | 'B' | 'C' | 'D' | 'E' | null;
  };
  integrity: { bannedUntil: string | null };
  applicationsThisYear: { series: string; level: Level }[];
  /** Null when not provided: the check is then left to the reviewing office. */
  socialInsurance: { monthsWithCurrentEmployer: number } | null;
}

export interface Target {
  series: string;
  level: Level;
  specialty: string | null;
}

export interface EligibilityRequest {
  policy: string;
  asOf: string;
  target: Target;
  pathway: Pathway | null;
  applicant: Applicant;
}

/** The statuses of someone with none of the special circumstances (the usual case). */
export const NO_SPECIAL_STATUSES: Applicant['statuses'] = {
  returnee: false,
  partyGovTransfer: false,
  militaryTransfer: false,
  oneStepUsed: false,
  countyServiceContractYears: 0,
  covidFrontline: null,
  talentCategory: null,
};
