/**
 * Test fixture: the State Council's published schedules for 2024–2026, typed in from the
 * General Office's annual notices so that domain tests run on real data without importing the
 * seed package. The seed test checks these against `chinese-days`.
 */
import { addDays } from './calendar-date';
import type { ScheduleDay, YearSchedule } from './year-schedule';

/** Days off from `first` to `last` inclusive. */
function off(name: string, first: string, last: string): ScheduleDay[] {
  const days: ScheduleDay[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) days.push({ date, kind: 'holiday', name });
  return days;
}

/** Weekend days worked by schedule (调休上班). */
function worked(name: string, ...dates: string[]): ScheduleDay[] {
  return dates.map((date) => ({ date, kind: 'workday', name: `${name}调休上班` }));
}

/** 2024 (notice of late 2023). */
export const SCHEDULE_2024: YearSchedule = {
  year: 2024,
  days: [
    ...off('元旦', '2024-01-01', '2024-01-01'),
    ...off('春节', '2024-02-10', '2024-02-17'),
    ...worked('春节', '2024-02-04', '2024-02-18'),
    ...off('清明节', '2024-04-04', '2024-04-06'),
    ...worked('清明节', '2024-04-07'),
    ...off('劳动节', '2024-05-01', '2024-05-05'),
    ...worked('劳动节', '2024-04-28', '2024-05-11'),
    ...off('端午节', '2024-06-10', '2024-06-10'),
    ...off('中秋节', '2024-09-15', '2024-09-17'),
    ...worked('中秋节', '2024-09-14'),
    ...off('国庆节', '2024-10-01', '2024-10-07'),
    ...worked('国庆节', '2024-09-29', '2024-10-12'),
  ],
};

/** 2025 (notice of late 2024; the first year with two more statutory holiday days). */
export const SCHEDULE_2025: YearSchedule = {
  year: 2025,
  days: [
    ...off('元旦', '2025-01-01', '2025-01-01'),
    ...off('春节', '2025-01-28', '2025-02-04'),
    ...worked('春节', '2025-01-26', '2025-02-08'),
    ...off('清明节', '2025-04-04', '2025-04-06'),
    ...off('劳动节', '2025-05-01', '2025-05-05'),
    ...worked('劳动节', '2025-04-27'),
    ...off('端午节', '2025-05-31', '2025-06-02'),
    ...off('国庆节', '2025-10-01', '2025-10-05'),
    ...off('中秋节', '2025-10-06', '2025-10-06'),
    ...off('国庆节', '2025-10-07', '2025-10-08'),
    ...worked('国庆节', '2025-09-28', '2025-10-11'),
  ],
};

/** 2026 (notice of late 2025). */
export const SCHEDULE_2026: YearSchedule = {
  year: 2026,
  days: [
    ...off('元旦', '2026-01-01', '2026-01-03'),
    ...worked('元旦', '2026-01-04'),
    ...off('春节', '2026-02-15', '2026-02-23'),
    ...worked('春节', '2026-02-14', '2026-02-28'),
    ...off('清明节', '2026-04-04', '2026-04-06'),
    ...off('劳动节', '2026-05-01', '2026-05-05'),
    ...worked('劳动节', '2026-05-09'),
    ...off('端午节', '2026-06-19', '2026-06-21'),
    ...off('中秋节', '2026-09-25', '2026-09-27'),
    ...off('国庆节', '2026-10-01', '2026-10-07'),
    ...worked('国庆节', '2026-09-20', '2026-10-10'),
  ],
};

/** The three schedules above, ascending. */
export const STATE_COUNCIL_SCHEDULES: readonly YearSchedule[] = [SCHEDULE_2024, SCHEDULE_2025, SCHEDULE_2026];
