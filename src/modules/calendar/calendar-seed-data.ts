/**
 * Seed holiday schedules from the `chinese-days` package, which tracks the State Council's
 * annual notices (国务院办公厅关于部分节假日安排的通知) from 2004 on.
 *
 * The package's bundled JSON maps each date to "English name,中文名,N" in three tables:
 * - `holidays`: every day off by schedule, weekend days included → kind 'holiday';
 * - `workdays`: the weekend days worked by schedule (调休上班) → kind 'workday';
 * - `inLieuDays`: the subset of `holidays` that are weekdays made up for by a `workdays` entry.
 *   Every one of them is already in `holidays` (the seed test checks this), and whether a
 *   holiday is "in lieu" does not change whether it is a working day, so they are ignored.
 *
 * The JSON is read with `createRequire` because the package is CommonJS and a JSON import
 * would need import attributes that not every runner handles the same way.
 */
import { createRequire } from 'node:module';
import type { ScheduleDay, YearSchedule } from '../../domain/calendar';

/** The bundled data's shape: date → "English name,中文名,N" (N is the package's holiday number). */
export interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
}

/** First year the package has data for. */
export const CHINESE_DAYS_FIRST_YEAR = 2004;

/**
 * The package abbreviates some holidays ('中秋'); the State Council's notices use the full names,
 * which are also what users expect to read.
 */
const OFFICIAL_NAMES: Readonly<Record<string, string>> = {
  清明: '清明节',
  端午: '端午节',
  中秋: '中秋节',
};

const requireFromHere = createRequire(import.meta.url);

/** The package's bundled holiday data, read once. */
export function chineseDaysData(): ChineseDaysData {
  return requireFromHere('chinese-days/dist/chinese-days.json') as ChineseDaysData;
}

/** The Chinese holiday name from a value like "National Day,国庆节,3". */
function holidayName(value: string, date: string): string {
  const name = value.split(',')[1]?.trim();
  if (!name) throw new Error(`chinese-days: unexpected entry for ${date}: ${value}`);
  return OFFICIAL_NAMES[name] ?? name;
}

/**
 * One schedule per year from 2004 to the last year the package covers, days sorted by date.
 * Holidays keep their Chinese name (e.g. '国庆节'); make-up working days are named after the
 * holiday they make up for (e.g. '国庆节调休上班').
 */
export function chineseDaysSchedules(data: ChineseDaysData = chineseDaysData()): YearSchedule[] {
  const byYear = new Map<number, ScheduleDay[]>();
  const add = (day: ScheduleDay) => {
    const year = Number(day.date.slice(0, 4));
    const days = byYear.get(year);
    if (days) days.push(day);
    else byYear.set(year, [day]);
  };
  for (const [date, value] of Object.entries(data.holidays)) {
    add({ date, kind: 'holiday', name: holidayName(value, date) });
  }
  for (const [date, value] of Object.entries(data.workdays)) {
    add({ date, kind: 'workday', name: `${holidayName(value, date)}调休上班` });
  }

  const lastYear = Math.max(CHINESE_DAYS_FIRST_YEAR, ...byYear.keys());
  const schedules: YearSchedule[] = [];
  for (let year = CHINESE_DAYS_FIRST_YEAR; year <= lastYear; year++) {
    const days = (byYear.get(year) ?? []).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    schedules.push({ year, days });
  }
  return schedules;
}
