import { isLeapYear, parseCalendarDate } from '../calendar';

/**
 * The same calendar day `years` later (negative: earlier); 29 February falls back to
 * 28 February in a common year, so "three years from 2024-02-29" is 2027-02-28.
 */
export function shiftYears(date: string, years: number): string {
  parseCalendarDate(date);
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5) === '02-29' && !isLeapYear(year) ? '02-28' : date.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** Whether `monthDay` is a valid 'MM-DD' (29 February allowed). */
export function isMonthDay(monthDay: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const lastDay = month === 2 ? 29 : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay;
}

/** 'MM-DD' as Chinese, e.g. '11-30' → '11月30日'. */
export function monthDayText(monthDay: string): string {
  return `${Number(monthDay.slice(0, 2))}月${Number(monthDay.slice(3, 5))}日`;
}
