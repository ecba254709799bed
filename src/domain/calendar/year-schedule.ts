/**
 * One year's holiday schedule as published by the General Office of the State Council
 * (国务院办公厅关于某年部分节假日安排的通知).
 *
 * Only the exceptions to the ordinary week are stored: days off by schedule and 调休 make-up
 * working days. Every other date follows the rule "Monday to Friday work, weekend rest".
 */
import type { FieldProblem } from '../errors';
import { dayOfWeek, isCalendarDate, MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from './calendar-date';

/** 'holiday': a day off by schedule (even if it is a weekend day); 'workday': a make-up working day. */
export type ScheduleDayKind = 'holiday' | 'workday';

/** One exception to the ordinary week. */
export interface ScheduleDay {
  /** 'YYYY-MM-DD', inside the schedule's year. */
  date: string;
  kind: ScheduleDayKind;
  /** The holiday's name, e.g. '国庆节'; for a make-up working day e.g. '国庆节调休上班' (may be empty). */
  name: string;
}

/** The schedule of one calendar year. A year is "known" to the calendar only once it has one. */
export interface YearSchedule {
  year: number;
  days: ScheduleDay[];
}

/** Longest accepted `ScheduleDay.name`, in characters. */
export const MAX_SCHEDULE_NAME_LENGTH = 50;

/** Chinese weekday names indexed by `dayOfWeek` (0 = Sunday). */
const WEEKDAY_NAMES = '日一二三四五六';

const KINDS: readonly string[] = ['holiday', 'workday'] satisfies ScheduleDayKind[];

/**
 * Checks a schedule entered by hand and returns every problem found (empty when valid):
 * a sensible year; each date a real date inside that year and listed once; a make-up working
 * day only on a Saturday or Sunday (a weekday already is a working day); a holiday named;
 * names at most 50 characters; and at least one holiday, because an empty schedule would make
 * the year "known" while silently treating every public holiday as a working day.
 *
 * Paths name fields as the client sends them: 'year', 'days', 'days[3].date'.
 * The input is typed loosely at runtime on purpose: it may come straight from a form or file.
 */
export function validateYearSchedule(schedule: YearSchedule): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { year, days } = schedule;
  const yearValid = Number.isInteger(year) && year >= MIN_CALENDAR_YEAR && year <= MAX_CALENDAR_YEAR;
  if (!yearValid) {
    problems.push({ path: 'year', message: `年份应为${MIN_CALENDAR_YEAR}至${MAX_CALENDAR_YEAR}之间的整数` });
  }
  if (!Array.isArray(days)) {
    problems.push({ path: 'days', message: '应为日期列表' });
    return problems;
  }

  const firstIndexOfDate = new Map<string, number>();
  let holidayCount = 0;
  days.forEach((day: ScheduleDay, index) => {
    const at = `days[${index}]`;
    const { date, kind, name } = day ?? ({} as Partial<ScheduleDay>);

    let weekday: number | null = null;
    if (!isCalendarDate(date)) {
      problems.push({ path: `${at}.date`, message: '日期格式应为YYYY-MM-DD，且为有效的日历日期' });
    } else if (yearValid && Number(date.slice(0, 4)) !== year) {
      problems.push({ path: `${at}.date`, message: `日期应在${year}年内` });
    } else {
      const earlier = firstIndexOfDate.get(date);
      if (earlier !== undefined) {
        problems.push({ path: `${at}.date`, message: `日期${date}与days[${earlier}]重复` });
      } else {
        firstIndexOfDate.set(date, index);
      }
      weekday = dayOfWeek(date);
    }

    if (typeof kind !== 'string' || !KINDS.includes(kind)) {
      problems.push({ path: `${at}.kind`, message: "类型应为'holiday'（放假）或'workday'（调休上班）" });
    } else if (kind === 'holiday') {
      holidayCount++;
    } else if (weekday !== null && weekday !== 0 && weekday !== 6) {
      problems.push({
        path: `${at}.date`,
        message: `调休上班日应为周六或周日，${date}是星期${WEEKDAY_NAMES[weekday]}`,
      });
    }

    if (typeof name !== 'string') {
      problems.push({ path: `${at}.name`, message: '名称应为文本' });
    } else if (kind === 'holiday' && name.trim() === '') {
      problems.push({ path: `${at}.name`, message: '请填写节假日名称' });
    } else if ([...name].length > MAX_SCHEDULE_NAME_LENGTH) {
      problems.push({ path: `${at}.name`, message: `名称不能超过${MAX_SCHEDULE_NAME_LENGTH}个字符` });
    }
  });

  if (holidayCount === 0) {
    problems.push({ path: 'days', message: '至少应包含一个放假日期' });
  }
  return problems;
}
