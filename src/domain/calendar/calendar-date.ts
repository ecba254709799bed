/**
 * Calendar dates as 'YYYY-MM-DD' strings.
 *
 * A calendar date has no time of day and no time zone, so all arithmetic here goes through
 * UTC (`Date.UTC`, `getUTC*`): local-time Date methods would shift dates by the server's
 * offset. Internally a date is also handled as an "epoch day" (days since 1970-01-01), which
 * makes adding days and comparing ranges plain integer arithmetic.
 */
import { AppError, invalidInput } from '../errors';

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The Gregorian calendar repeats exactly every 400 years (146 097 days). Shifting by one cycle
 * keeps `Date.UTC` away from its legacy rule that maps years 0–99 to 1900–1999.
 */
const CYCLE_YEARS = 400;
const CYCLE_DAYS = 146_097;

/** Smallest and largest year a 'YYYY-MM-DD' string can express. */
export const MIN_CALENDAR_YEAR = 0;
export const MAX_CALENDAR_YEAR = 9999;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Returns the field problem with `value` as a date, or null when it is a valid calendar date. */
function dateProblem(value: unknown): string | null {
  if (typeof value !== 'string') return '日期格式应为YYYY-MM-DD';
  const match = DATE_PATTERN.exec(value);
  if (!match) return '日期格式应为YYYY-MM-DD';
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return '不是有效的日历日期';
  return null;
}

/**
 * Validates `value` as a 'YYYY-MM-DD' string naming a real date (2025-02-29 is rejected) and
 * returns it. Throws `invalidInput` on the field `path` otherwise.
 */
export function parseCalendarDate(value: unknown, path = 'date'): string {
  const problem = dateProblem(value);
  if (problem !== null) throw invalidInput([{ path, message: problem }]);
  return value as string;
}

/** Whether `value` is a 'YYYY-MM-DD' string naming a real date. */
export function isCalendarDate(value: unknown): value is string {
  return dateProblem(value) === null;
}

/** Validates `year` as an integer a 'YYYY-MM-DD' string can express; throws invalidInput otherwise. */
export function assertCalendarYear(year: number, path = 'year'): void {
  if (!Number.isInteger(year) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
    throw invalidInput([{ path, message: `年份应为${MIN_CALENDAR_YEAR}至${MAX_CALENDAR_YEAR}之间的整数` }]);
  }
}

/** Days since 1970-01-01 (negative before it). Throws invalidInput on `path` for a bad date. */
export function toEpochDay(date: string, path = 'date'): number {
  parseCalendarDate(date, path);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Date.UTC(year + CYCLE_YEARS, month - 1, day) / MS_PER_DAY - CYCLE_DAYS;
}

/**
 * The date `epochDay` days after 1970-01-01. Throws when the result has no four-digit year,
 * which only happens when arithmetic runs off the representable range.
 */
export function fromEpochDay(epochDay: number): string {
  if (!Number.isInteger(epochDay)) throw new RangeError(`epochDay must be an integer, got ${epochDay}`);
  const moment = new Date((epochDay + CYCLE_DAYS) * MS_PER_DAY);
  const year = moment.getUTCFullYear() - CYCLE_YEARS;
  if (Number.isNaN(year) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
    throw new AppError('invalid', 'DATE_OUT_OF_RANGE', '日期超出可表示的范围（0000年至9999年）');
  }
  const month = moment.getUTCMonth() + 1;
  const day = moment.getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw invalidInput([{ path: 'days', message: '应为整数' }]);
  return fromEpochDay(toEpochDay(date) + days);
}

/** Day of the week of `date`: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps negative epoch days in 0..6.
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/** Whether `date` falls on a Saturday or Sunday (regardless of any holiday schedule). */
export function isWeekend(date: string): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/** The year of `date` as a number. */
export function yearOf(date: string): number {
  parseCalendarDate(date);
  return Number(date.slice(0, 4));
}

/** Negative, zero or positive as `a` is before, equal to or after `b`; usable with Array.sort. */
export function compareDates(a: string, b: string): number {
  parseCalendarDate(a, 'a');
  parseCalendarDate(b, 'b');
  // Fixed-width 'YYYY-MM-DD' strings order lexicographically exactly as the dates do.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Number of days in `year` (365 or 366). */
export function daysInYear(year: number): number {
  assertCalendarYear(year);
  return isLeapYear(year) ? 366 : 365;
}

/** Epoch day of January 1st of `year`. */
export function firstEpochDayOfYear(year: number): number {
  assertCalendarYear(year);
  return toEpochDay(`${String(year).padStart(4, '0')}-01-01`);
}

/** Every date of `year` in order, from January 1st to December 31st. */
export function* datesOfYear(year: number): Generator<string, void, undefined> {
  const first = firstEpochDayOfYear(year);
  const count = daysInYear(year);
  for (let offset = 0; offset < count; offset++) yield fromEpochDay(first + offset);
}

/** Beijing time is UTC+8 all year: China has had no daylight saving time since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Today's date in China (Asia/Shanghai) at the instant `now`. The clock is a parameter so the
 * domain stays deterministic; callers pass `new Date()` or a test clock.
 */
export function todayInShanghai(now: Date): string {
  const shifted = now.getTime() + SHANGHAI_OFFSET_MS;
  if (Number.isNaN(shifted)) throw new RangeError('todayInShanghai: now is an invalid Date');
  return fromEpochDay(Math.floor(shifted / MS_PER_DAY));
}
