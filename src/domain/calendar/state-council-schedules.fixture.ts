/**
 * Test fixture: the State Council's published schedules for 2024–2026, typed in from the
 * General Office's annual notices so that domain tests run on real data without importing the
 * seed package. The seed test checks these against `chinese-days`.
 */
import { addDays } from './calendar-date';
import type { ScheduleDay, YearSchedule } from './year-schedule';

/**
 * One holiday as a notice states it: the days off from `first` to `last` inclusive, then the
 * weekend days worked for it (调休上班).
 */
function holiday(name: string, [first, last]: readonly [string, string], ...worked: string[]): ScheduleDay[] {
  const days: ScheduleDay[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) days.push({ date, kind: 'holiday', name });
  for (const date of worked) days.push({ date, kind: 'workday', name: `${name}调休上班` });
  return days;
}

/** 2024 (notice of late 2023). */
export const SCHEDULE_2024: YearSchedule = {
  year: 2024,
  days: [
    ...holiday('元旦', ['2024-01-01', '2024-01-01']),
    ...holiday('春节', ['2024-02-10', '2024-02-17'], '2024-02-04', '2024-02-18'),
    ...holiday('清明节', ['2024-04-04', '2024-04-06'], '2024-04-07'),
    ...holiday('劳动节', ['2024-05-01', '2024-05-05'], '2024-04-28', '2024-05-11'),
    ...holiday('端午节', ['2024-06-10', '2024-06-10']),
    ...holiday('中秋节', ['2024-09-15', '2024-09-17'], '2024-09-14'),
    ...holiday('国庆节', ['2024-10-01', '2024-10-07'], '2024-09-29', '2024-10-12'),
  ],
};

/** 2025 (notice of late 2024; the first year with two more statutory holiday days). */
export const SCHEDULE_2025: YearSchedule = {
  year: 2025,
  days: [
    ...holiday('元旦', ['2025-01-01', '2025-01-01']),
    ...holiday('春节', ['2025-01-28', '2025-02-04'], '2025-01-26', '2025-02-08'),
    ...holiday('清明节', ['2025-04-04', '2025-04-06']),
    ...holiday('劳动节', ['2025-05-01', '2025-05-05'], '2025-04-27'),
    ...holiday('端午节', ['2025-05-31', '2025-06-02']),
    ...holiday('国庆节', ['2025-10-01', '2025-10-05']),
    ...holiday('中秋节', ['2025-10-06', '2025-10-06']),
    ...holiday('国庆节', ['2025-10-07', '2025-10-08'], '2025-09-28', '2025-10-11'),
  ],
};

/** 2026 (notice of late 2025). */
export const SCHEDULE_2026: YearSchedule = {
  year: 2026,
  days: [
    ...holiday('元旦', ['2026-01-01', '2026-01-03'], '2026-01-04'),
    ...holiday('春节', ['2026-02-15', '2026-02-23'], '2026-02-14', '2026-02-28'),
    ...holiday('清明节', ['2026-04-04', '2026-04-06']),
    ...holiday('劳动节', ['2026-05-01', '2026-05-05'], '2026-05-09'),
    ...holiday('端午节', ['2026-06-19', '2026-06-21']),
    ...holiday('中秋节', ['2026-09-25', '2026-09-27']),
    ...holiday('国庆节', ['2026-10-01', '2026-10-07'], '2026-09-20', '2026-10-10'),
  ],
};

/** The three schedules above, ascending. */
export const STATE_COUNCIL_SCHEDULES: readonly YearSchedule[] = [SCHEDULE_2024, SCHEDULE_2025, SCHEDULE_2026];
