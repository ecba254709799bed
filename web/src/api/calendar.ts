import { api, call, type Schemas } from './client';

/**
 * A year's schedule: seeded from the published State Council schedule, or entered by an administrator.
 * A draft year is being entered and answers no working-day question until it is published.
 */
export type CalendarYear = Schemas['CalendarYear'];

export type CalendarYearSummary = Schemas['CalendarYearSummary'];

/** An exception to the Mon–Fri rule: a holiday on a weekday, or a 调休 working day on a weekend. */
export type CalendarDay = Schemas['CalendarDay'];

export type WorkdaysResult = Schemas['WorkdaysResult'];

export function listCalendarYears(signal?: AbortSignal): Promise<CalendarYearSummary[]> {
  return call(api.GET('/api/v1/calendar/years', { signal }));
}

export function fetchCalendarYear(year: number, signal?: AbortSignal): Promise<CalendarYear> {
  return call(api.GET('/api/v1/calendar/years/{year}', { params: { path: { year } }, signal }));
}

/** Opens a new year as a draft, answered with its (still empty) schedule. */
export function declareCalendarYear(year: number): Promise<CalendarYear> {
  return call(api.POST('/api/v1/calendar/years', { body: { year } }));
}

export function publishCalendarYear(year: number): Promise<CalendarYear> {
  return call(api.POST('/api/v1/calendar/years/{year}/publish', { params: { path: { year } } }));
}

export function setCalendarDay(date: string, day: Omit<CalendarDay, 'date'>): Promise<CalendarDay> {
  return call(api.PUT('/api/v1/calendar/days/{date}', { params: { path: { date } }, body: day }));
}

export function resetCalendarDay(date: string): Promise<void> {
  return call(api.DELETE('/api/v1/calendar/days/{date}', { params: { path: { date } } }));
}

export function countWorkdays(from: string, count: number): Promise<WorkdaysResult> {
  return call(api.GET('/api/v1/calendar/workdays', { params: { query: { from, count } } }));
}
