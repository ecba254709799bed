import { addDays } from '../calendar/calendar-date';
import { type Level, levelRank } from '../catalogue';
import type { Applicant, Degree, HeldTitle, WorkPeriod } from './eligibility-request';

/**
 * Dates here were validated as 'YYYY-MM-DD' when the request was parsed, and such strings
 * order exactly like the dates they name, so plain comparison is both correct and fast —
 * the engine evaluates a profile in microseconds.
 */
export const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * Facts derived from a profile at a date. Durations count calendar months, so that
 * "30 years" from 1993-01-01 is met on 2023-01-01 and not a day earlier.
 */

export const DEGREE_NAMES: Record<Degree, string> = {
  doctorate: '博士研究生',
  master: '硕士研究生',
  'second-bachelor': '第二学士学位',
  bachelor: '大学本科',
  associate: '大学专科',
  secondary: '中专（技校）',
  none: '无学历',
};

const DEGREE_RANK: Record<Degree, number> = {
  doctorate: 6,
  master: 5,
  'second-bachelor': 4,
  bachelor: 3,
  associate: 2,
  secondary: 1,
  none: 0,
};

export function degreeRank(degree: Degree): number {
  return DEGREE_RANK[degree];
}

/**
 * The highest degree held by `asOf`. Part-time and full-time degrees, and vocational and
 * ordinary graduates of the same level, count alike (anshan-2023 七, liaoyang-2023 九), so
 * neither flag is read here.
 */
export function highestDegree(applicant: Applicant, asOf: string): Degree {
  let best: Degree = 'none';
  for (const e of applicant.education) {
    if (e.graduatedOn && e.graduatedOn > asOf) continue;
    if (DEGREE_RANK[e.degree] > DEGREE_RANK[best]) best = e.degree;
  }
  return best;
}

/** Whole years of age on `asOf`. */
export function ageOn(birthDate: string, asOf: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ay, am, ad] = asOf.split('-').map(Number) as [number, number, number];
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

/** Titles held by `asOf`. */
export function titlesHeld(applicant: Applicant, asOf: string): HeldTitle[] {
  return applicant.titles.filter((t) => t.obtainedOn <= asOf);
}

/** The highest title held (in any series), the earliest obtained among equals. */
export function highestTitle(applicant: Applicant, asOf: string, series?: string): HeldTitle | null {
  let best: HeldTitle | null = null;
  for (const t of titlesHeld(applicant, asOf)) {
    if (series && t.series !== series) continue;
    if (
      !best ||
      levelRank(t.level) > levelRank(best.level) ||
      (t.level === best.level && t.obtainedOn < best.obtainedOn)
    ) {
      best = t;
    }
  }
  return best;
}

/** The earliest title of exactly `level` in `series` held by `asOf`. */
export function titleAt(applicant: Applicant, asOf: string, series: string, level: Level): HeldTitle | null {
  let found: HeldTitle | null = null;
  for (const t of applicant.titles) {
    if (
      t.series === series &&
      t.level === level &&
      t.obtainedOn <= asOf &&
      (!found || t.obtainedOn < found.obtainedOn)
    )
      found = t;
  }
  return found;
}

/**
 * Seniority in years after a start date, counted (national default) from 1 January of the
 * year after the start to 31 December of the application year: the year difference.
 */
export function seniorityYears(since: string, asOf: string): number {
  return Math.max(0, yearOf(asOf) - yearOf(since));
}

/** First date on which `seniorityYears(since, ·)` reaches `years`. */
export function seniorityMetOn(since: string, years: number): string {
  return `${String(yearOf(since) + years).padStart(4, '0')}-01-01`;
}

/** Whole calendar months from `from` to `to` (a period ending the same day-of-month counts whole). */
export function monthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** `date` plus `months` calendar months (day clamped to the month's end). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Work periods clipped to `asOf`, an open period running to `asOf`. */
function clippedPeriods(work: WorkPeriod[], asOf: string, include: (w: WorkPeriod) => boolean) {
  return work
    .filter((w) => include(w) && w.from <= asOf)
    .map((w) => ({ from: w.from, to: w.to && w.to < asOf ? w.to : asOf }))
    .sort((a, b) => byDate(a.from, b.from));
}

/** The matching periods up to `asOf`, merged where they overlap or touch. */
function mergedPeriods(work: WorkPeriod[], asOf: string, include: (w: WorkPeriod) => boolean) {
  const merged: { from: string; to: string }[] = [];
  for (const period of clippedPeriods(work, asOf, include)) {
    const last = merged.at(-1);
    if (last && period.from <= addDays(last.to, 1)) {
      if (period.to > last.to) last.to = period.to;
    } else {
      merged.push({ ...period });
    }
  }
  return merged;
}

/** Months covered by merged periods (`mergedPeriods`), each run counted by `monthsBetween`. */
function totalMonths(runs: readonly { from: string; to: string }[]): number {
  return runs.reduce((total, p) => total + monthsBetween(p.from, p.to), 0);
}

/** Total months of the matching work periods up to `asOf`, overlaps counted once. */
export function cumulativeMonths(
  work: WorkPeriod[],
  asOf: string,
  include: (w: WorkPeriod) => boolean,
): number {
  return totalMonths(mergedPeriods(work, asOf, include));
}

/**
 * The merged matching periods up to `asOf`, the last being the run still going on then; null
 * when no matching period is going on, as then waiting changes nothing.
 */
function runsGoingOn(
  work: WorkPeriod[],
  asOf: string,
  include: (w: WorkPeriod) => boolean,
): { from: string; to: string }[] | null {
  if (!work.some((w) => include(w) && isGoingOn(w, asOf))) return null;
  const merged = mergedPeriods(work, asOf, include);
  return merged.length > 0 ? merged : null;
}

/**
 * The start of the unbroken run of matching periods that is going on at `asOf` and began
 * on or after `after`; null when no such run is going on.
 */
export function continuousSince(
  work: WorkPeriod[],
  asOf: string,
  include: (w: WorkPeriod) => boolean,
  after: string,
): string | null {
  const current = runsGoingOn(work, asOf, include)?.at(-1);
  if (!current) return null;
  return current.from >= after ? current.from : after;
}

/**
 * The day the matching periods reach `months` in total, if the latest one is still going
 * on at `asOf` and nothing changes; null when waiting would not get there.
 */
export function cumulativeMetOn(
  work: WorkPeriod[],
  asOf: string,
  include: (w: WorkPeriod) => boolean,
  months: number,
): string | null {
  const runs = runsGoingOn(work, asOf, include);
  if (!runs) return null;
  const current = runs.at(-1)!;
  return addMonths(current.from, months - totalMonths(runs.slice(0, -1)));
}

/** Whether a period is going on at `asOf`: begun by then, open-ended or ending after it (a period ending that day is over). */
export function isGoingOn(period: WorkPeriod, asOf: string): boolean {
  return period.from <= asOf && (period.to === null || period.to > asOf);
}

/** The work periods going on at `asOf`. */
export function currentWork(work: WorkPeriod[], asOf: string): WorkPeriod[] {
  return work.filter((w) => isGoingOn(w, asOf));
}

/** Posts of the given grades as periods, so post tenure is measured like work. */
export function postPeriods(applicant: Applicant, grades: readonly number[]): WorkPeriod[] {
  return applicant.posts
    .filter((p) => grades.includes(p.grade))
    .map((p) => ({
      from: p.from,
      to: p.to,
      employerKind: 'other',
      area: 'city',
      frontline: true,
      relation: 'staff',
      teaching: false,
    }));
}

/** Months in posts of the given grades up to `asOf`. */
export function postMonths(applicant: Applicant, asOf: string, grades: readonly number[]): number {
  return cumulativeMonths(postPeriods(applicant, grades), asOf, () => true);
}

/** Grassroots (基层) means county level and below. */
export function isGrassroots(w: WorkPeriod): boolean {
  return w.area === 'county' || w.area === 'township' || w.area === 'village';
}
