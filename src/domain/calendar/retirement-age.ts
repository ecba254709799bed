/**
 * 法定退休年龄 with the gradual raise in force from 2025-01-01.
 *
 * 全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定（2024年9月13日）, and the
 * 国务院关于渐进式提高职工法定退休年龄的办法 it adopts, 第二条: from 2025-01-01 the age of men
 * and of women whose former age was 55 is raised by one month for every four months of birth,
 * to 63 and 58; that of women whose former age was 50 by one month for every two months, to 55.
 * The first cohorts are those who would have retired in 2025-01 at the former age: men born
 * 1965-01, women (55) born 1970-01, women (50) born 1975-01. The 办法's 对照表 (附件) lists the
 * same figures by birth month; the tests hold this function to its rows.
 */
import type { Citation } from '../policy/citation';
import { addMonths } from '../policy/profile-facts';

/** The three schedules of the 办法: men, women whose former age was 55, women whose former age was 50. */
export type RetirementSchedule = 'male' | 'female-55' | 'female-50';

interface Schedule {
  /** The former statutory age, in years. */
  readonly formerAge: number;
  /** Year of the first birth cohort the raise reaches (its January). */
  readonly firstCohortYear: number;
  /** Months of birth for each month of delay. */
  readonly birthMonthsPerMonth: number;
  /** The full raise, in months (3 or 5 years). */
  readonly maxDelayMonths: number;
}

const SCHEDULES: Readonly<Record<RetirementSchedule, Schedule>> = {
  male: { formerAge: 60, firstCohortYear: 1965, birthMonthsPerMonth: 4, maxDelayMonths: 36 },
  'female-55': { formerAge: 55, firstCohortYear: 1970, birthMonthsPerMonth: 4, maxDelayMonths: 36 },
  'female-50': { formerAge: 50, firstCohortYear: 1975, birthMonthsPerMonth: 2, maxDelayMonths: 60 },
};

/** Where the schedule comes from, quoted wherever a retirement date decides something. */
export const RETIREMENT_AGE_CITATION: Citation & { readonly text: string } = {
  document: 'national',
  clause:
    '全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定（2024）附：国务院关于渐进式提高职工法定退休年龄的办法 第二条',
  text: '男职工和原法定退休年龄为五十五周岁的女职工，法定退休年龄每四个月延迟一个月，分别逐步延迟至六十三周岁和五十八周岁；原法定退休年龄为五十周岁的女职工，法定退休年龄每二个月延迟一个月，逐步延迟至五十五周岁',
};

/** The delay of a birth date under a schedule, in months (0 for cohorts before the raise). */
export function retirementDelayMonths(birthDate: string, schedule: RetirementSchedule): number {
  const s = SCHEDULES[schedule];
  const [year, month] = birthDate.split('-').map(Number) as [number, number];
  const monthsIntoRaise = (year - s.firstCohortYear) * 12 + (month - 1);
  if (monthsIntoRaise < 0) return 0;
  return Math.min(s.maxDelayMonths, Math.floor(monthsIntoRaise / s.birthMonthsPerMonth) + 1);
}

/** The statutory retirement age of a birth date under a schedule, in whole months. */
export function retirementAgeMonths(birthDate: string, schedule: RetirementSchedule): number {
  return SCHEDULES[schedule].formerAge * 12 + retirementDelayMonths(birthDate, schedule);
}

/**
 * The day a person reaches the statutory retirement age: the birth date plus that age (a day
 * the month lacks falls to its last day, as 对照表's months do not name a day).
 */
export function statutoryRetirementDate(birthDate: string, schedule: RetirementSchedule): string {
  return addMonths(birthDate, retirementAgeMonths(birthDate, schedule));
}
