import { describe, expect, it } from 'vitest';
import { caughtAppError } from '../../../test/helpers/caught-app-error';
import { addDays, isWeekend } from './calendar-date';
import { SCHEDULE_2024, SCHEDULE_2026, STATE_COUNCIL_SCHEDULES } from './state-council-schedules.fixture';
import {
  CALENDAR_YEAR_UNKNOWN,
  createWorkingDayCalendar,
  MAX_WORKING_DAYS_COUNT,
} from './working-day-calendar';
import type { YearSchedule } from './year-schedule';

const caught = caughtAppError;

function expectYearUnknown(run: () => unknown, year: number): void {
  const error = caught(run);
  expect(error.kind).toBe('unprocessable');
  expect(error.code).toBe(CALENDAR_YEAR_UNKNOWN);
  expect(error.message).toBe(
    `尚无${year}年的节假日安排数据，请管理员录入国务院办公厅公布的${year}年放假安排`,
  );
}

/** A made-up year whose only exception is New Year's Day. */
function plainYear(year: number): YearSchedule {
  return { year, days: [{ date: `${year}-01-01`, kind: 'holiday', name: '元旦' }] };
}

const real = createWorkingDayCalendar(STATE_COUNCIL_SCHEDULES);

describe('hand-written schedules', () => {
  // 2028 is a leap year; 2028-02-29 is a Tuesday, made a holiday here, with Saturday 03-04 worked.
  const leap: YearSchedule = {
    year: 2028,
    days: [
      { date: '2028-02-29', kind: 'holiday', name: '测试假日' },
      { date: '2028-03-04', kind: 'workday', name: '' },
    ],
  };
  const calendar = createWorkingDayCalendar([plainYear(2027), leap]);

  it('follows the ordinary week where the schedule says nothing', () => {
    expect(calendar.isWorkday('2027-01-04')).toBe(true); // Monday
    expect(calendar.isWorkday('2027-01-08')).toBe(true); // Friday
    expect(calendar.isWorkday('2027-01-09')).toBe(false); // Saturday
    expect(calendar.isWorkday('2027-01-10')).toBe(false); // Sunday
    expect(calendar.isWorkday('2027-01-01')).toBe(false); // Friday holiday
  });

  it('handles a leap day', () => {
    expect(calendar.isWorkday('2028-02-28')).toBe(true);
    expect(calendar.isWorkday('2028-02-29')).toBe(false);
    expect(calendar.addWorkingDays('2028-02-28', 2)).toBe('2028-03-01');
    expect(calendar.nextWorkday('2028-02-29')).toBe('2028-03-01');
    expect(calendar.countWorkingDays('2028-02-26', '2028-03-05')).toBe(5); // Mon, Wed, Thu, Fri, Sat
    expect(calendar.dayInfo('2028-03-04')).toEqual({
      date: '2028-03-04',
      workday: true,
      kind: 'makeup-workday',
      name: null,
    });
    expect(calendar.countWorkingDays('2028-01-01', '2028-12-31')).toBe(260 - 1 + 1);
  });

  it('crosses a year boundary', () => {
    expect(calendar.addWorkingDays('2027-12-31', 2)).toBe('2028-01-03'); // Fri, then Mon (2028-01-01 is a Saturday)
    expect(calendar.countWorkingDays('2027-12-27', '2028-01-04')).toBe(7);
  });

  it('lists the known years in order', () => {
    expect(createWorkingDayCalendar([plainYear(2030), plainYear(2027)]).knownYears()).toEqual([2027, 2030]);
    const years = calendar.knownYears();
    years.push(1999);
    expect(calendar.knownYears()).toEqual([2027, 2028]);
  });

  it('refuses a duplicate year or an invalid schedule', () => {
    expect(() => createWorkingDayCalendar([plainYear(2027), plainYear(2027)])).toThrow(/Duplicate/);
    expect(() =>
      createWorkingDayCalendar([{ year: 2027, days: [{ date: '2027-01-04', kind: 'workday', name: '' }] }]),
    ).toThrow(/Invalid holiday schedule for year 2027/);
  });

  it('agrees with a day-by-day count for every start and many counts', () => {
    const years = [2027, 2028, 2029, 2030, 2031].map(plainYear);
    const wide = createWorkingDayCalendar(years);
    for (let start = '2027-01-01'; start < '2027-03-01'; start = addDays(start, 1)) {
      for (const count of [1, 2, 5, 20, 137, 500]) {
        let date = start;
        let seen = 0;
        for (;;) {
          if (wide.isWorkday(date)) seen++;
          if (seen === count) break;
          date = addDays(date, 1);
        }
        expect(wide.addWorkingDays(start, count)).toBe(date);
        expect(wide.countWorkingDays(start, date)).toBe(count);
      }
    }
  });

  it('does the largest count quickly', () => {
    const wide = createWorkingDayCalendar([2027, 2028, 2029, 2030, 2031].map(plainYear));
    const started = performance.now();
    let end = '';
    for (let i = 0; i < 10_000; i++) end = wide.addWorkingDays('2027-01-01', MAX_WORKING_DAYS_COUNT);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(wide.countWorkingDays('2027-01-01', end)).toBe(MAX_WORKING_DAYS_COUNT);
    expect(wide.isWorkday(end)).toBe(true);
  });
});

describe('State Council schedules', () => {
  it('ends 5 working days from 2025-09-29 on the make-up Saturday 2025-10-11', () => {
    expect(real.addWorkingDays('2025-09-29', 5)).toBe('2025-10-11');
    expect(real.countWorkingDays('2025-09-29', '2025-10-11')).toBe(5);
  });

  it('treats make-up Saturdays as working days and the National Day break as holidays', () => {
    expect(isWeekend('2025-10-11')).toBe(true);
    expect(real.dayInfo('2025-10-04')).toMatchObject({ kind: 'holiday', name: '国庆节' }); // a Saturday
    expect(real.dayInfo('2025-10-06')).toMatchObject({ kind: 'holiday', name: '中秋节' });
  });

  it.each([
    ['2025-10-11', true, 'makeup-workday', '国庆节调休上班'],
    ['2025-10-01', false, 'holiday', '国庆节'],
    ['2025-10-09', true, 'workday', null],
    ['2025-10-12', false, 'weekend', null],
  ])('describes %s: a working day %s, of kind %s, named %s', (date, workday, kind, name) => {
    expect(real.isWorkday(date)).toBe(workday);
    expect(real.dayInfo(date)).toEqual({ date, workday, kind, name });
  });

  it('starts a period that begins on a holiday or weekend at the next working day', () => {
    expect(real.addWorkingDays('2025-10-01', 1)).toBe('2025-10-09');
    expect(real.addWorkingDays('2025-10-01', 3)).toBe('2025-10-11');
    expect(real.addWorkingDays('2025-10-12', 1)).toBe('2025-10-13');
    expect(real.nextWorkday('2025-10-01')).toBe('2025-10-09');
    expect(real.nextWorkday('2025-10-09')).toBe('2025-10-09');
    expect(real.nextWorkday('2025-10-11')).toBe('2025-10-11');
  });

  it('handles Spring Festival 2024', () => {
    // 02-09 (除夕, a Friday) was a working day; 02-10 to 02-17 off; Sunday 02-18 worked.
    expect(real.addWorkingDays('2024-02-08', 2)).toBe('2024-02-09');
    expect(real.addWorkingDays('2024-02-08', 3)).toBe('2024-02-18');
    expect(real.addWorkingDays('2024-02-10', 1)).toBe('2024-02-18');
    expect(real.addWorkingDays('2024-02-03', 1)).toBe('2024-02-04'); // Sunday 02-04 worked
    expect(real.countWorkingDays('2024-02-01', '2024-02-29')).toBe(18);
  });

  it('handles Spring Festival 2025', () => {
    // Sunday 01-26 worked; 01-28 (除夕) to 02-04 off; Saturday 02-08 worked.
    expect(real.addWorkingDays('2025-01-25', 1)).toBe('2025-01-26');
    expect(real.addWorkingDays('2025-01-27', 2)).toBe('2025-02-05');
    expect(real.addWorkingDays('2025-01-28', 4)).toBe('2025-02-08');
    expect(real.dayInfo('2025-02-08')).toMatchObject({ kind: 'makeup-workday', name: '春节调休上班' });
    expect(real.countWorkingDays('2025-01-20', '2025-02-09')).toBe(5 + 2 + 4);
  });

  it('counts the working days of whole years', () => {
    expect(real.countWorkingDays('2024-01-01', '2024-12-31')).toBe(251);
    expect(real.countWorkingDays('2025-01-01', '2025-12-31')).toBe(248);
    expect(real.countWorkingDays('2026-01-01', '2026-12-31')).toBe(248);
    expect(real.countWorkingDays('2024-01-01', '2026-12-31')).toBe(251 + 248 + 248);
    expect(real.countWorkingDays('2025-10-01', '2025-10-01')).toBe(0);
    expect(real.countWorkingDays('2025-10-11', '2025-10-11')).toBe(1);
  });

  it('refuses a period running from 2026 into 2027, naming 2027', () => {
    expect(real.addWorkingDays('2026-12-31', 1)).toBe('2026-12-31');
    expectYearUnknown(() => real.addWorkingDays('2026-12-31', 2), 2027);
    expectYearUnknown(() => real.addWorkingDays('2026-12-25', 10), 2027);
    expectYearUnknown(() => real.addWorkingDays('2024-01-02', MAX_WORKING_DAYS_COUNT), 2027);
    expectYearUnknown(() => real.countWorkingDays('2026-12-01', '2027-01-05'), 2027);
    expectYearUnknown(() => real.nextWorkday('2027-01-01'), 2027);
  });

  it('refuses dates in unknown years, before or after the data or in a gap', () => {
    expectYearUnknown(() => real.isWorkday('2023-12-31'), 2023);
    expectYearUnknown(() => real.dayInfo('2027-06-01'), 2027);
    expectYearUnknown(() => real.addWorkingDays('2023-12-29', 1), 2023);
    const gap = createWorkingDayCalendar([SCHEDULE_2024, SCHEDULE_2026]);
    expectYearUnknown(() => gap.addWorkingDays('2024-12-31', 2), 2025);
    expectYearUnknown(() => gap.countWorkingDays('2024-12-01', '2026-01-05'), 2025);
    expect(gap.addWorkingDays('2024-12-31', 1)).toBe('2024-12-31');
  });
});

describe('input validation', () => {
  it('names the field of an invalid date', () => {
    expect(caught(() => real.isWorkday('2025/10/11')).details).toEqual([
      { path: 'date', message: '日期格式应为YYYY-MM-DD' },
    ]);
    expect(caught(() => real.addWorkingDays('2025-02-29', 1)).details).toEqual([
      { path: 'from', message: '不是有效的日历日期' },
    ]);
    expect(caught(() => real.countWorkingDays('2025-01-01', '2025-13-01')).details[0]?.path).toBe('to');
    expect(caught(() => real.nextWorkday('')).details[0]?.path).toBe('date');
    expect(caught(() => real.dayInfo('2024-02-30')).kind).toBe('invalid');
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '5' as unknown as number])(
    'rejects the count %s',
    (count) => {
      expect(caught(() => real.addWorkingDays('2025-09-29', count)).details).toEqual([
        { path: 'count', message: '应为不小于1的整数' },
      ]);
    },
  );

  it('caps the count', () => {
    expect(caught(() => real.addWorkingDays('2025-09-29', MAX_WORKING_DAYS_COUNT + 1)).details).toEqual([
      { path: 'count', message: '不能超过1000' },
    ]);
  });

  it('refuses a range that ends before it starts', () => {
    expect(caught(() => real.countWorkingDays('2025-10-11', '2025-10-10')).details).toEqual([
      { path: 'to', message: '结束日期不能早于开始日期' },
    ]);
  });
});
