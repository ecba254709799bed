import { http } from './client';

export type CalendarSource = 'chinese-days' | 'manual';

/** A draft year is being entered and answers no working-day question until it is published. */
export type CalendarYearStatus = 'draft' | 'published';

export interface CalendarYearSummary {
  year: number;
  source: CalendarSource;
  status: CalendarYearStatus;
  holidayCount: number;
  makeupWorkdayCount: number;
  updatedAt: string;
}

/** An exception to the Mon–Fri rule: a holiday on a weekday, or a 调休 working day on a weekend. */
export interface CalendarDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface CalendarYear {
  year: number;
  source: CalendarSource;
  status: CalendarYearStatus;
  days: CalendarDay[];
}

export interface WorkdaysResult {
  from: string;
  count: number;
  end: string;
}

export function listCalendarYears(signal?: AbortSignal): Promise<CalendarYearSummary[]> {
  return http.get<CalendarYearSummary[]>('/api/v1/calendar/years', { signal });
}

export function fetchCalendarYear(year: number, signal?: AbortSignal): Promise<CalendarYear> {
  return http.get<CalendarYear>(`/api/v1/calendar/years/${year}`, { signal });
}

export function declareCalendarYear(year: number): Promise<CalendarYearSummary> {
  return http.post<CalendarYearSummary>('/api/v1/calendar/years', { year });
}

export function publishCalendarYear(year: number): Promise<CalendarYear> {
  return http.post<CalendarYear>(`/api/v1/calendar/years/${year}/publish`);
}

export function setCalendarDay(date: string, day: Omit<CalendarDay, 'date'>): Promise<CalendarDay> {
  return http.put<CalendarDay>(`/api/v1/calendar/days/${date}`, day);
}

export function resetCalendarDay(date: string): Promise<void> {
  return http.delete(`/api/v1/calendar/days/${date}`);
}

export function countWorkdays(from: string, count: number): Promise<WorkdaysResult> {
  return http.get<WorkdaysResult>('/api/v1/calendar/workdays', { query: { from, count } });
}
