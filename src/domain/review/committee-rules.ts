import { addDays, parseCalendarDate, yearOf } from '../calendar';
import { findSeries, isLevel, type Level, levelName } from '../catalogue';
import { AppError } from '../errors';
import type { Citation } from '../policy/citation';
import { citeSuffix, REVIEW_CITATIONS } from './review-citations';
import { isMonthDay, monthDayText, shiftYears } from './review-dates';

const { order40, anshanProcedure, liaoyangProcedure, draftProcedure } = REVIEW_CITATIONS;

/** What `committeeMaySit` needs of a committee (评委会). */
export interface CommitteeStanding {
  /** 'active', or 'suspended' (暂停评审) / 'revoked' (收回评审权). */
  status: string;
  approvedOn: string;
  validUntil: string;
  series: string;
  levels: readonly string[];
}

const STATUS_PROBLEMS: Record<string, string> = {
  suspended: '评委会已被暂停评审工作，不得开展评审',
  revoked: '评委会职称评审权已被收回，不得开展评审',
};

const SCOPE = citeSuffix([order40, anshanProcedure, liaoyangProcedure, draftProcedure]);

/**
 * Why the committee may not hold a review on `target.date` for this series and level
 * ([] = it may): not active, not yet approved, approval expired, or outside its approved
 * scope ("严格按照核准备案的评审范围、专业领域、评审层级…组织开展职称评审工作").
 */
export function committeeMaySit(
  c: CommitteeStanding,
  target: { date: string; series: string; level: string },
): string[] {
  parseCalendarDate(target.date, 'date');
  const problems: string[] = [];
  if (c.status !== 'active') {
    problems.push(
      `${STATUS_PROBLEMS[c.status] ?? `评委会状态为“${c.status}”，不得开展评审`}${citeSuffix([anshanProcedure, liaoyangProcedure])}`,
    );
  }
  if (target.date < c.approvedOn) {
    problems.push(`评审日期${target.date}早于评委会核准日期${c.approvedOn}${citeSuffix([order40])}`);
  }
  if (target.date > c.validUntil) {
    problems.push(
      `评审日期${target.date}已超出评委会核准备案有效期（至${c.validUntil}），须重新核准备案后方可评审${citeSuffix([order40])}`,
    );
  }
  if (target.series !== c.series) {
    const name = (slug: string) => findSeries(slug)?.shortName ?? slug;
    problems.push(`${name(target.series)}系列不在评委会核准的评审范围（${name(c.series)}）内${SCOPE}`);
  }
  if (!c.levels.includes(target.level)) {
    const name = (level: string) => (isLevel(level) ? levelName(level) : level);
    problems.push(
      `${name(target.level)}不在评委会核准的评审层级（${c.levels.map(name).join('、')}）内${SCOPE}`,
    );
  }
  return problems;
}

/** A period `from`..`to` (inclusive) that may last at most `maxYears`: it must end before the same day `maxYears` later. */
function periodProblems(
  from: string,
  to: string,
  maxYears: number,
  what: string,
  citation: Citation,
): string[] {
  parseCalendarDate(from, 'from');
  parseCalendarDate(to, 'to');
  if (!Number.isInteger(maxYears) || maxYears < 1) {
    throw new AppError('invalid', 'MAX_YEARS_INVALID', '年限必须是正整数');
  }
  if (to < from) return [`${what}的结束日期${to}早于开始日期${from}`];
  const lastDay = addDays(shiftYears(from, maxYears), -1);
  return to > lastDay
    ? [`${what}不得超过${maxYears}年：自${from}起至迟到${lastDay}，所填为${to}${citeSuffix([citation])}`]
    : [];
}

/** Problems with a committee's approval (核准备案) period: valid at most `maxYears` (national: 3). */
export function approvalProblems(approvedOn: string, validUntil: string, maxYears: number): string[] {
  return periodProblems(approvedOn, validUntil, maxYears, '评委会核准备案有效期', order40);
}

/** Problems with an expert's term (每届任期): at most `maxYears` (national: 3). */
export function expertTermProblems(from: string, to: string, maxYears: number): string[] {
  return periodProblems(from, to, maxYears, '评审专家每届任期', order40);
}

function assertMonthDay(monthDay: string): void {
  if (!isMonthDay(monthDay)) {
    throw new AppError('invalid', 'MONTH_DAY_INVALID', `截止日期格式应为MM-DD，收到“${monthDay}”`);
  }
}

/**
 * Problems with the date of a session reviewing `applicationYear`'s applications: the yearly
 * meeting is held by `deadlineMonthDay` (anshan-2023 九, liaoyang-2023 十一: 11月底前; the 2025
 * draft #17 only asks for the same year: '12-31'), and never in another year (不跨年度评审).
 */
export function sessionDateProblems(
  date: string,
  applicationYear: number,
  deadlineMonthDay: string,
): string[] {
  parseCalendarDate(date, 'date');
  assertMonthDay(deadlineMonthDay);
  const year = yearOf(date);
  if (year !== applicationYear) {
    return [
      `评审日期${date}不在${applicationYear}年度内，原则上不允许跨年度开展评审${citeSuffix([anshanProcedure, liaoyangProcedure, draftProcedure])}`,
    ];
  }
  if (date > `${year}-${deadlineMonthDay}`) {
    return [
      `评委会年度例会应于${monthDayText(deadlineMonthDay)}前完成，${date}已超过截止日期${citeSuffix([anshanProcedure, liaoyangProcedure])}`,
    ];
  }
  return [];
}

/**
 * Whether `today` is past this year's `deadlineMonthDay` (the day itself still counts): pool
 * changes (各评委会调整专家库应在6月30日前完成) and self-review applications for the current
 * year (提交申报材料截止日期为6月30日) close on 30 June. anshan-2023 八–九, liaoyang-2023 十–十一.
 */
export function afterYearlyDeadline(today: string, deadlineMonthDay: string): boolean {
  parseCalendarDate(today, 'today');
  assertMonthDay(deadlineMonthDay);
  return today > `${today.slice(0, 4)}-${deadlineMonthDay}`;
}

const SENIOR_LEVELS: readonly Level[] = ['senior', 'associate-senior'];

/**
 * Problems with the number of experts sitting: always an odd number; for a senior (高级,
 * 正高 or 副高) committee at least `min.bySeries` when organised by series and
 * `min.bySpecialty` by specialty (national: 25 and 11, 人社部令第40号).
 */
export function panelSizeProblems(
  level: Level,
  organisedBy: 'series' | 'specialty',
  size: number,
  min: { bySeries: number; bySpecialty: number },
): string[] {
  if (!Number.isInteger(size) || size < 0) {
    throw new AppError('invalid', 'PANEL_SIZE_INVALID', `评审专家人数必须是非负整数，收到${size}`);
  }
  const problems: string[] = [];
  if (size % 2 === 0) problems.push(`评审专家人数应为单数，当前为${size}人${citeSuffix([order40])}`);
  if (SENIOR_LEVELS.includes(level)) {
    const least = organisedBy === 'series' ? min.bySeries : min.bySpecialty;
    if (size < least) {
      problems.push(
        `按${organisedBy === 'series' ? '系列' : '专业'}组建的高级职称评审委员会评审专家不少于${least}人，当前为${size}人${citeSuffix([order40])}`,
      );
    }
  }
  return problems;
}
