import dayjs, { type Dayjs } from 'dayjs';
import { LEVELS, type Level, nextLevelDown, nextLevelUp } from '../../../../src/domain/catalogue/levels';
import { listSeries } from '../../../../src/domain/catalogue/series';
import type {
  AchievementKind,
  AppraisalResult,
  Degree,
  EmployerKind,
  Pathway,
  Residence,
  SkillLevel,
  TitleVia,
  WorkArea,
} from '../../../../src/domain/policy/eligibility-request';
import type { EligibilityProfile, EligibilityRequest } from '../../api/eligibility';

/**
 * The self-check form's values. They mirror the request of CONTRACTS §1 field by field (dates as dayjs,
 * unfilled optional values as undefined), so a server error's path such as
 * `applicant.education[0].graduatedOn` is also the name of the field it belongs on.
 */
export interface SelfCheckValues {
  policy: string;
  asOf: Dayjs;
  target: { series: string; level: Level; specialty?: string };
  /** Undefined: evaluate every pathway and report the best open one. */
  pathway?: Pathway;
  applicant: ApplicantValues;
}

export type WorkRelation = 'staff' | 'contract' | 'dispatch';

export interface EducationValues {
  degree: Degree;
  fullTime: boolean;
  vocational: boolean;
  major?: string;
  graduatedOn?: Dayjs | null;
}

export interface TitleValues {
  series: string;
  level: Level;
  obtainedOn?: Dayjs | null;
  via: TitleVia;
}

export interface WorkValues {
  from?: Dayjs | null;
  to?: Dayjs | null;
  employerKind: EmployerKind;
  area: WorkArea;
  frontline: boolean;
  relation: WorkRelation;
  teaching: boolean;
}

export interface AchievementValues {
  kind?: AchievementKind;
  on?: Dayjs | null;
  level?: SkillLevel;
  name?: string;
}

export interface ApplicantValues {
  birthDate?: Dayjs | null;
  retired: boolean;
  residence: Residence;
  education: EducationValues[];
  titles: TitleValues[];
  practicedSpecialty: { specialty?: string; since?: Dayjs | null };
  work: WorkValues[];
  posts: { grade?: number; from?: Dayjs | null; to?: Dayjs | null }[];
  annualAppraisals: { year?: number; result: AppraisalResult }[];
  continuingEducation: { year?: number; hours?: number; professionalHours?: number }[];
  recommendations: { byLevel: Level; sameOrCloseSpecialty: boolean }[];
  achievements: AchievementValues[];
  statuses: {
    returnee: boolean;
    partyGovTransfer: boolean;
    militaryTransfer: boolean;
    oneStepUsed: boolean;
    countyServiceContractYears?: number | null;
    covidFrontline: { contact: boolean; outstanding: boolean };
    talentCategory?: 'A' | 'B' | 'C' | 'D' | 'E';
  };
  integrity: { bannedUntil?: Dayjs | null };
  applicationsThisYear: { series: string; level: Level }[];
  socialInsurance: { monthsWithCurrentEmployer?: number | null };
}

/** The series of the national catalogue, for the target and title selects (no login needed). */
export const seriesOptions = listSeries().map((series) => ({ value: series.slug, label: series.name }));

/** The levels a series has, highest first. */
export function levelsOfSeries(slug: string | undefined): Level[] {
  return (
    listSeries()
      .find((series) => series.slug === slug)
      ?.levels.map((level) => level.level) ?? [...LEVELS]
  );
}

export function newEducation(): EducationValues {
  return { degree: 'bachelor', fullTime: true, vocational: false };
}

/** A new title row: the level below the target, in the target's series, as most applicants hold. */
export function newTitle(target: SelfCheckValues['target'] | undefined): TitleValues {
  const series = target?.series ?? 'engineering';
  const below = target?.level ? nextLevelDown(target.level) : null;
  return { series, level: below ?? 'intermediate', via: 'review' };
}

export function newWork(employerKind: EmployerKind = 'public-institution'): WorkValues {
  return { employerKind, area: 'city', frontline: true, relation: 'staff', teaching: false };
}

export function initialValues(policy: string): SelfCheckValues {
  return {
    policy,
    asOf: dayjs().startOf('day'),
    target: { series: 'engineering', level: 'associate-senior' },
    applicant: {
      retired: false,
      residence: 'mainland',
      education: [newEducation()],
      titles: [],
      practicedSpecialty: {},
      work: [],
      posts: [],
      annualAppraisals: [],
      continuingEducation: [],
      recommendations: [],
      achievements: [],
      statuses: {
        returnee: false,
        partyGovTransfer: false,
        militaryTransfer: false,
        oneStepUsed: false,
        countyServiceContractYears: 0,
        covidFrontline: { contact: false, outstanding: false },
      },
      integrity: {},
      applicationsThisYear: [],
      socialInsurance: {},
    },
  };
}

const day = (value: Dayjs | null | undefined): string | null => (value ? value.format('YYYY-MM-DD') : null);
const text = (value: string | undefined): string | null => value?.trim() || null;

/**
 * The request for the form's values. Required values the form has already checked are passed as they
 * are; if one is missing anyway the server names it, and the error lands on the field.
 */
export function toRequest(values: SelfCheckValues): EligibilityRequest {
  const a = values.applicant;
  const covid = a.statuses.covidFrontline;
  const practiced = a.practicedSpecialty;
  const months = a.socialInsurance.monthsWithCurrentEmployer;
  return {
    policy: values.policy,
    asOf: day(values.asOf) as string,
    target: {
      series: values.target.series,
      level: values.target.level,
      specialty: text(values.target.specialty),
    },
    pathway: values.pathway ?? null,
    applicant: {
      birthDate: day(a.birthDate) as string,
      retired: a.retired,
      residence: a.residence,
      education: a.education.map((e) => ({
        degree: e.degree,
        fullTime: e.fullTime,
        vocational: e.vocational,
        major: text(e.major),
        graduatedOn: day(e.graduatedOn),
      })),
      titles: a.titles.map((t) => ({
        series: t.series,
        level: t.level,
        obtainedOn: day(t.obtainedOn) as string,
        via: t.via,
      })),
      practicedSpecialty:
        text(practiced.specialty) && practiced.since
          ? { specialty: text(practiced.specialty) as string, since: day(practiced.since) as string }
          : null,
      work: a.work.map((w) => ({
        from: day(w.from) as string,
        to: day(w.to),
        employerKind: w.employerKind,
        area: w.area,
        frontline: w.frontline,
        relation: w.relation,
        teaching: w.teaching,
      })),
      posts: a.posts.map((p) => ({ grade: p.grade as number, from: day(p.from) as string, to: day(p.to) })),
      annualAppraisals: a.annualAppraisals.map((r) => ({ year: r.year as number, result: r.result })),
      continuingEducation: a.continuingEducation.map((c) => ({
        year: c.year as number,
        hours: c.hours ?? 0,
        professionalHours: c.professionalHours ?? 0,
      })),
      recommendations: a.recommendations.map((r) => ({
        byLevel: r.byLevel,
        sameOrCloseSpecialty: r.sameOrCloseSpecialty,
      })),
      achievements: a.achievements.map((x) => ({
        kind: x.kind as AchievementKind,
        on: day(x.on),
        ...(x.kind === 'skill-level' && x.level ? { level: x.level } : {}),
        ...(x.kind === 'professional-qualification' && text(x.name) ? { name: text(x.name) as string } : {}),
      })),
      statuses: {
        returnee: a.statuses.returnee,
        partyGovTransfer: a.statuses.partyGovTransfer,
        militaryTransfer: a.statuses.militaryTransfer,
        oneStepUsed: a.statuses.oneStepUsed,
        countyServiceContractYears: a.statuses.countyServiceContractYears ?? 0,
        covidFrontline: covid.contact || covid.outstanding ? { ...covid } : null,
        talentCategory: a.statuses.talentCategory ?? null,
      },
      integrity: { bannedUntil: day(a.integrity.bannedUntil) },
      applicationsThisYear: a.applicationsThisYear.map((x) => ({ series: x.series, level: x.level })),
      socialInsurance: months === undefined || months === null ? null : { monthsWithCurrentEmployer: months },
    },
  };
}

/**
 * The form after loading the applicant's stored profile: their birth date and titles, a current job
 * at their employer (start date left for them), and the next level up from their highest title.
 */
export function withProfile(values: SelfCheckValues, profile: EligibilityProfile): SelfCheckValues {
  const titles: TitleValues[] = profile.applicant.titles.map((t) => ({
    series: t.series,
    level: t.level,
    obtainedOn: dayjs(t.obtainedOn),
    via: t.via,
  }));
  const highest = [...titles].sort((x, y) => LEVELS.indexOf(x.level) - LEVELS.indexOf(y.level))[0];
  const nextUp = highest ? nextLevelUp(highest.level) : null;
  const target =
    highest && nextUp ? { ...values.target, series: highest.series, level: nextUp } : values.target;
  const employerKind = profile.currentEmployer?.employerKind;
  const work = values.applicant.work;
  const hasCurrent = work.some((w) => !w.to && w.employerKind === employerKind);
  return {
    ...values,
    target,
    applicant: {
      ...values.applicant,
      birthDate: dayjs(profile.applicant.birthDate),
      titles,
      work: employerKind && !hasCurrent ? [...work, newWork(employerKind)] : work,
    },
  };
}

/** The collapsible section of the form each part of the applicant belongs to. */
export const sectionOfField: Record<keyof ApplicantValues, string> = {
  birthDate: 'basic',
  retired: 'basic',
  residence: 'basic',
  practicedSpecialty: 'basic',
  integrity: 'basic',
  socialInsurance: 'basic',
  education: 'education',
  titles: 'titles',
  work: 'work',
  posts: 'posts',
  annualAppraisals: 'appraisals',
  continuingEducation: 'appraisals',
  recommendations: 'merits',
  achievements: 'merits',
  statuses: 'statuses',
  applicationsThisYear: 'statuses',
};
