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
import type { Applicant, EligibilityRequest, MyProfile } from '../../api/eligibility';

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
  appointmentMode?: 'separated' | 'combined';
}

export interface AchievementValues {
  kind?: AchievementKind;
  on?: Dayjs | null;
  level?: SkillLevel;
  name?: string;
  recommender?: string;
  award?: string;
  sameOrCloseSpecialty?: boolean;
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
  return {
    policy: values.policy,
    asOf: day(values.asOf) as string,
    target: {
      series: values.target.series,
      level: values.target.level,
      specialty: text(values.target.specialty),
    },
    pathway: values.pathway ?? null,
    applicant: toApplicant(values.applicant),
  };
}

/** The applicant of CONTRACTS §1 for the form's applicant part: what the check sends and the profile stores. */
export function toApplicant(a: ApplicantValues): Applicant {
  const covid = a.statuses.covidFrontline;
  const practiced = a.practicedSpecialty;
  const months = a.socialInsurance.monthsWithCurrentEmployer;
  return {
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
      ...(w.appointmentMode ? { appointmentMode: w.appointmentMode } : {}),
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
      ...(text(x.recommender) ? { recommender: text(x.recommender) as string } : {}),
      ...(text(x.award) ? { award: text(x.award) as string } : {}),
      ...(x.kind === 'academician-recommendation' && x.sameOrCloseSpecialty !== undefined
        ? { sameOrCloseSpecialty: x.sameOrCloseSpecialty }
        : {}),
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
  };
}

const toDay = (value: string | null | undefined): Dayjs | undefined => (value ? dayjs(value) : undefined);

/**
 * The form's applicant part for a stored applicant, every key present (the form merges nested objects,
 * so a key left out would keep what was typed before). Missing facts take the form's neutral defaults.
 */
export function fromApplicant(stored: Partial<Applicant>): ApplicantValues {
  const statuses = stored.statuses;
  const covid = statuses?.covidFrontline;
  return {
    birthDate: toDay(stored.birthDate),
    retired: stored.retired ?? false,
    residence: stored.residence ?? 'mainland',
    education: (stored.education ?? []).map((e) => ({
      degree: e.degree,
      fullTime: e.fullTime,
      vocational: e.vocational,
      major: e.major ?? undefined,
      graduatedOn: toDay(e.graduatedOn),
    })),
    titles: (stored.titles ?? []).map((t) => ({
      series: t.series,
      level: t.level,
      obtainedOn: toDay(t.obtainedOn),
      via: t.via,
    })),
    practicedSpecialty: {
      specialty: stored.practicedSpecialty?.specialty,
      since: toDay(stored.practicedSpecialty?.since),
    },
    work: (stored.work ?? []).map((w) => ({
      from: toDay(w.from),
      to: toDay(w.to),
      employerKind: w.employerKind,
      area: w.area,
      frontline: w.frontline,
      relation: w.relation,
      teaching: w.teaching,
      appointmentMode: w.appointmentMode,
    })),
    posts: (stored.posts ?? []).map((p) => ({ grade: p.grade, from: toDay(p.from), to: toDay(p.to) })),
    annualAppraisals: (stored.annualAppraisals ?? []).map((r) => ({ year: r.year, result: r.result })),
    continuingEducation: (stored.continuingEducation ?? []).map((c) => ({
      year: c.year,
      hours: c.hours,
      professionalHours: c.professionalHours,
    })),
    recommendations: (stored.recommendations ?? []).map((r) => ({
      byLevel: r.byLevel,
      sameOrCloseSpecialty: r.sameOrCloseSpecialty,
    })),
    achievements: (stored.achievements ?? []).map((x) => ({
      kind: x.kind,
      on: toDay(x.on),
      level: x.level,
      name: x.name,
      recommender: x.recommender,
      award: x.award,
      sameOrCloseSpecialty:
        x.sameOrCloseSpecialty ?? (x.kind === 'academician-recommendation' ? true : undefined),
    })),
    statuses: {
      returnee: statuses?.returnee ?? false,
      partyGovTransfer: statuses?.partyGovTransfer ?? false,
      militaryTransfer: statuses?.militaryTransfer ?? false,
      oneStepUsed: statuses?.oneStepUsed ?? false,
      countyServiceContractYears: statuses?.countyServiceContractYears ?? 0,
      covidFrontline: { contact: covid?.contact ?? false, outstanding: covid?.outstanding ?? false },
      talentCategory: statuses?.talentCategory ?? undefined,
    },
    integrity: { bannedUntil: toDay(stored.integrity?.bannedUntil) },
    applicationsThisYear: (stored.applicationsThisYear ?? []).map((x) => ({
      series: x.series,
      level: x.level,
    })),
    socialInsurance: { monthsWithCurrentEmployer: stored.socialInsurance?.monthsWithCurrentEmployer },
  };
}

/**
 * The form after loading the applicant's profile: the whole applicant part from it (before anything was
 * saved that is what the system knows, birth date and titles), and the next level up from their highest
 * title as the target.
 */
export function withProfile(values: SelfCheckValues, profile: MyProfile): SelfCheckValues {
  const applicant = fromApplicant(profile.applicant);
  const highest = [...applicant.titles].sort((x, y) => LEVELS.indexOf(x.level) - LEVELS.indexOf(y.level))[0];
  const nextUp = highest ? nextLevelUp(highest.level) : null;
  const target =
    highest && nextUp ? { ...values.target, series: highest.series, level: nextUp } : values.target;
  return { ...values, target, applicant };
}

/** Whether the applicant has a job that is still running. */
export function hasCurrentWork(applicant: ApplicantValues): boolean {
  return applicant.work.some((w) => !w.to);
}

/**
 * The form with a current job at the applicant's employer added: from the start date and relation the
 * unit confirmed when it bound the person, else with the date left for them.
 */
export function withCurrentWork(
  values: SelfCheckValues,
  employerKind: EmployerKind,
  confirmed: { since?: string | null; relation?: WorkValues['relation'] | null } = {},
): SelfCheckValues {
  const applicant = values.applicant;
  const work: WorkValues = {
    ...newWork(employerKind),
    ...(confirmed.relation ? { relation: confirmed.relation } : {}),
    ...(confirmed.since ? { from: dayjs(confirmed.since) } : {}),
  };
  return { ...values, applicant: { ...applicant, work: [...applicant.work, work] } };
}

/** A date the applicant still has to give, as a field name and what to say beside it. */
export interface MissingDate {
  name: (string | number)[];
  warning: string;
}

/** The dates a loaded profile lacks that the check needs (or counts seniority from). */
export function missingDates(applicant: ApplicantValues): MissingDate[] {
  const missing: MissingDate[] = [];
  applicant.education.forEach((e, row) => {
    if (!e.graduatedOn && e.degree !== 'none')
      missing.push({ name: ['applicant', 'education', row, 'graduatedOn'], warning: '请填写毕业日期' });
  });
  applicant.titles.forEach((t, row) => {
    if (!t.obtainedOn)
      missing.push({ name: ['applicant', 'titles', row, 'obtainedOn'], warning: '请填写取得日期' });
  });
  applicant.work.forEach((w, row) => {
    if (!w.from)
      missing.push({
        name: ['applicant', 'work', row, 'from'],
        warning: w.to ? '请填写起始日期' : '请填写在现单位工作的起始日期',
      });
  });
  applicant.posts.forEach((p, row) => {
    if (!p.from) missing.push({ name: ['applicant', 'posts', row, 'from'], warning: '请填写聘任起始日期' });
  });
  return missing;
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
