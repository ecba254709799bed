import type { Dayjs } from 'dayjs';
import type { CalendarDay } from '../../api/calendar';

/** What a date is under the calendar: an exception from the schedule, or the plain weekday/weekend rule. */
export type DayStatus =
  | { kind: 'holiday'; name: string; exception: true }
  | { kind: 'workday'; name: string; exception: true }
  | { kind: 'weekend'; exception: false }
  | { kind: 'weekday'; exception: false };

/** Exceptions by `YYYY-MM-DD`, for a quick look-up while rendering 42 cells a month. */
export function indexDays(days: readonly CalendarDay[] | undefined): Map<string, CalendarDay> {
  return new Map((days ?? []).map((day) => [day.date, day]));
}

export function statusOf(date: Dayjs, exceptions: ReadonlyMap<string, CalendarDay>): DayStatus {
  const exception = exceptions.get(date.format('YYYY-MM-DD'));
  if (exception) return { kind: exception.kind, name: exception.name, exception: true };
  const weekday = date.day();
  return weekday === 0 || weekday === 6
    ? { kind: 'weekend', exception: false }
    : { kind: 'weekday', exception: false };
}

/** Whether people work that day. */
export function isWorking(status: DayStatus): boolean {
  return status.kind === 'workday' || status.kind === 'weekday';
}

export const dayColours = {
  holiday: { background: '#fff1f0', accent: '#cf1322' },
  workday: { background: '#e6f4ff', accent: '#0958d9' },
  weekend: { background: '#f5f5f5', accent: '#8c8c8c' },
} as const;
