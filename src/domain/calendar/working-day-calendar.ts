/**
 * The working-day calendar (DOMAIN.md §12): which dates are working days under the State
 * Council's annual holiday schedules, and "N working days" periods.
 *
 * For a year with a schedule, a date is a working day when it is a make-up working day of the
 * schedule, or a Monday–Friday that the schedule does not give off. A date in a year without a
 * schedule is never guessed: every method throws CALENDAR_YEAR_UNKNOWN naming the first such
 * year it needs.
 */
import { AppError, invalidInput } from '../errors';
import { firstEpochDayOfYear, fromEpochDay, isLeapYear, toEpochDay } from './calendar-date';
import { type ScheduleDay, validateYearSchedule, type YearSchedule } from './year-schedule';

/** Error code thrown for a date whose year has no holiday schedule. */
export const CALENDAR_YEAR_UNKNOWN = 'CALENDAR_YEAR_UNKNOWN';

/** Largest `count` accepted by `addWorkingDays`: far beyond any statutory period, yet bounded. */
export const MAX_WORKING_DAYS_COUNT = 1000;

/** The 422 error for a year whose holiday schedule has not been entered yet. */
export function calendarYearUnknown(year: number): AppError {
  return new AppError(
    'unprocessable',
    CALENDAR_YEAR_UNKNOWN,
    `尚无${year}年的节假日安排数据，请管理员录入国务院办公厅公布的${year}年放假安排`,
  );
}

/**
 * 'workday': an ordinary Monday–Friday; 'weekend': an ordinary Saturday or Sunday;
 * 'holiday': a day off by schedule; 'makeup-workday': a weekend day worked by schedule (调休上班).
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/** What the calendar says about one date. */
export interface DayInfo {
  date: string;
  workday: boolean;
  kind: DayKind;
  /** The schedule's name for a holiday or make-up working day, e.g. '国庆节'; null otherwise. */
  name: string | null;
}

/** Answers working-day questions for the years it has schedules for. */
export interface WorkingDayCalendar {
  /** Whether `date` is a working day. */
  isWorkday(date: string): boolean;
  /** Whether `date` is a working day, why, and the schedule's name for it. */
  dayInfo(date: string): DayInfo;
  /**
   * The last day of a period of `count` working days starting on `from`: the period includes
   * `from` when it is a working day (otherwise it starts at the next one) and ends on the
   * `count`-th working day. `count` is an integer from 1 to MAX_WORKING_DAYS_COUNT.
   */
  addWorkingDays(from: string, count: number): string;
  /** Number of working days from `from` to `to`, both included; `to` must not precede `from`. */
  countWorkingDays(from: string, to: string): number;
  /** The first working day on or after `date`. */
  nextWorkday(date: string): string;
  /** The years with a schedule, ascending. */
  knownYears(): number[];
}

/** One known year, precomputed so that every query is a few array lookups. */
interface YearIndex {
  /** Epoch day of January 1st. */
  firstDay: number;
  /** Offsets from January 1st of the year's working days, ascending. */
  workdayOffsets: Uint16Array;
  /** `workdaysBefore[i]`: how many working days lie at offsets below i; length is days + 1. */
  workdaysBefore: Uint16Array;
  /** The schedule's entries by date. */
  entries: Map<string, ScheduleDay>;
}

function indexYear(schedule: YearSchedule): YearIndex {
  const { year } = schedule;
  const firstDay = firstEpochDayOfYear(year);
  const length = isLeapYear(year) ? 366 : 365;
  const entries = new Map<string, ScheduleDay>();
  for (const day of schedule.days) entries.set(day.date, day);

  const workday = new Uint8Array(length);
  // January 1st's weekday, from 1970-01-01 being a Thursday (4).
  const firstWeekday = (((firstDay + 4) % 7) + 7) % 7;
  for (let offset = 0; offset < length; offset++) {
    const weekday = (firstWeekday + offset) % 7;
    workday[offset] = weekday === 0 || weekday === 6 ? 0 : 1;
  }
  for (const day of schedule.days) {
    workday[toEpochDay(day.date) - firstDay] = day.kind === 'workday' ? 1 : 0;
  }

  const workdaysBefore = new Uint16Array(length + 1);
  const offsets: number[] = [];
  for (let offset = 0; offset < length; offset++) {
    const isWork = workday[offset] === 1;
    if (isWork) offsets.push(offset);
    workdaysBefore[offset + 1] = (workdaysBefore[offset] ?? 0) + (isWork ? 1 : 0);
  }
  return { firstDay, workdayOffsets: Uint16Array.from(offsets), workdaysBefore, entries };
}

function validateCount(count: number): void {
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    throw invalidInput([{ path: 'count', message: '应为不小于1的整数' }]);
  }
  if (count > MAX_WORKING_DAYS_COUNT) {
    throw invalidInput([{ path: 'count', message: `不能超过${MAX_WORKING_DAYS_COUNT}` }]);
  }
}

/**
 * Builds a calendar from the years' schedules. Each schedule must pass `validateYearSchedule`
 * and each year may appear once; otherwise this throws a plain Error, since schedules reach
 * here only after validation on entry and a bad one means corrupted data, not a bad request.
 */
export function createWorkingDayCalendar(schedules: Iterable<YearSchedule>): WorkingDayCalendar {
  const years = new Map<number, YearIndex>();
  for (const schedule of schedules) {
    const problems = validateYearSchedule(schedule);
    const first = problems[0];
    if (first) {
      throw new Error(`Invalid holiday schedule for year ${schedule.year}: ${first.path}: ${first.message}`);
    }
    if (years.has(schedule.year)) throw new Error(`Duplicate holiday schedule for year ${schedule.year}`);
    years.set(schedule.year, indexYear(schedule));
  }
  const sortedYears = [...years.keys()].sort((a, b) => a - b);

  function yearIndex(year: number): YearIndex {
    const index = years.get(year);
    if (!index) throw calendarYearUnknown(year);
    return index;
  }

  /** Resolves a date to its year's index and its offset within that year. */
  function locate(date: string, path: string): { year: number; index: YearIndex; offset: number } {
    const epochDay = toEpochDay(date, path);
    const year = Number(date.slice(0, 4));
    const index = yearIndex(year);
    return { year, index, offset: epochDay - index.firstDay };
  }

  function isWorkdayAt(index: YearIndex, offset: number): boolean {
    return index.workdaysBefore[offset + 1] !== index.workdaysBefore[offset];
  }

  /** The `count`-th working day on or after `date`, crossing into later years as needed. */
  function nthWorkingDayFrom(date: string, path: string, count: number): string {
    let { year, index, offset } = locate(date, path);
    let remaining = count;
    for (;;) {
      const before = index.workdaysBefore[offset] ?? 0;
      const available = index.workdayOffsets.length - before;
      if (remaining <= available) {
        return fromEpochDay(index.firstDay + (index.workdayOffsets[before + remaining - 1] ?? 0));
      }
      remaining -= available;
      year += 1;
      index = yearIndex(year);
      offset = 0;
    }
  }

  return {
    isWorkday(date) {
      const { index, offset } = locate(date, 'date');
      return isWorkdayAt(index, offset);
    },

    dayInfo(date) {
      const { index, offset } = locate(date, 'date');
      const entry = index.entries.get(date);
      if (entry) {
        return entry.kind === 'workday'
          ? { date, workday: true, kind: 'makeup-workday', name: entry.name === '' ? null : entry.name }
          : { date, workday: false, kind: 'holiday', name: entry.name };
      }
      const workday = isWorkdayAt(index, offset);
      return { date, workday, kind: workday ? 'workday' : 'weekend', name: null };
    },

    addWorkingDays(from, count) {
      toEpochDay(from, 'from');
      validateCount(count);
      return nthWorkingDayFrom(from, 'from', count);
    },

    countWorkingDays(from, to) {
      const fromDay = toEpochDay(from, 'from');
      const toDay = toEpochDay(to, 'to');
      if (toDay < fromDay) throw invalidInput([{ path: 'to', message: '结束日期不能早于开始日期' }]);
      const lastYear = Number(to.slice(0, 4));
      let { year, index, offset } = locate(from, 'from');
      let total = 0;
      for (;;) {
        const length = index.workdaysBefore.length - 1;
        const end = year === lastYear ? toDay - index.firstDay + 1 : length;
        total += (index.workdaysBefore[end] ?? 0) - (index.workdaysBefore[offset] ?? 0);
        if (year === lastYear) return total;
        year += 1;
        index = yearIndex(year);
        offset = 0;
      }
    },

    nextWorkday(date) {
      return nthWorkingDayFrom(date, 'date', 1);
    },

    knownYears() {
      return [...sortedYears];
    },
  };
}
