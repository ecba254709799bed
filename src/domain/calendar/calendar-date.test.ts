import { describe, expect, it } from 'vitest';
import { caughtAppError } from '../../../test/helpers/caught-app-error';
import { AppError } from '../errors';
import {
  addDays,
  compareDates,
  datesOfYear,
  dayOfWeek,
  daysInYear,
  fromEpochDay,
  isCalendarDate,
  isLeapYear,
  isWeekend,
  parseCalendarDate,
  todayInShanghai,
  toEpochDay,
  yearOf,
} from './calendar-date';

const caught = caughtAppError;

describe('parseCalendarDate', () => {
  it('returns a valid date unchanged', () => {
    expect(parseCalendarDate('2025-10-11')).toBe('2025-10-11');
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCalendarDate('2000-02-29')).toBe('2000-02-29');
  });

  it.each([
    '2025-1-01',
    '20251011',
    '2025/10/11',
    ' 2025-10-11',
    '2025-10-11T00:00:00Z',
    '',
    '２０２５-10-11',
  ])('rejects the badly formatted %j', (value) => {
    const error = caught(() => parseCalendarDate(value, 'from'));
    expect(error.kind).toBe('invalid');
    expect(error.details).toEqual([{ path: 'from', message: '日期格式应为YYYY-MM-DD' }]);
  });

  it.each(['2025-02-29', '1900-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-01-00', '2025-01-32'])(
    'rejects the impossible date %s',
    (value) => {
      const error = caught(() => parseCalendarDate(value));
      expect(error.details).toEqual([{ path: 'date', message: '不是有效的日历日期' }]);
      expect(error.message).toBe('date：不是有效的日历日期');
    },
  );

  it('rejects non-strings', () => {
    for (const value of [null, undefined, 20251011, new Date(0), {}]) {
      expect(caught(() => parseCalendarDate(value)).code).toBe('VALIDATION_FAILED');
    }
  });

  it('isCalendarDate agrees', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate(42)).toBe(false);
  });
});

describe('date arithmetic', () => {
  it('converts to and from epoch days', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(toEpochDay('2000-03-01')).toBe(11_017);
    expect(fromEpochDay(11_017)).toBe('2000-03-01');
    expect(fromEpochDay(toEpochDay('0001-01-01'))).toBe('0001-01-01');
    expect(fromEpochDay(toEpochDay('0099-12-31') + 1)).toBe('0100-01-01');
    expect(fromEpochDay(toEpochDay('9999-12-31'))).toBe('9999-12-31');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-03-01', -366)).toBe('2023-03-01');
    expect(addDays('2025-10-11', 0)).toBe('2025-10-11');
  });

  it('rejects a fractional day count and running off the representable range', () => {
    expect(caught(() => addDays('2025-01-01', 1.5)).details[0]?.path).toBe('days');
    expect(caught(() => addDays('9999-12-31', 1)).code).toBe('DATE_OUT_OF_RANGE');
    expect(caught(() => addDays('0000-01-01', -1)).code).toBe('DATE_OUT_OF_RANGE');
  });

  it('finds the day of the week', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-28')).toBe(0);
    expect(dayOfWeek('2025-10-11')).toBe(6);
    expect(dayOfWeek('2025-10-12')).toBe(0);
    expect(dayOfWeek('2025-09-29')).toBe(1);
    expect(dayOfWeek('2024-02-29')).toBe(4);
    expect(isWeekend('2025-10-11')).toBe(true);
    expect(isWeekend('2025-10-10')).toBe(false);
  });

  it('reads the year and compares dates', () => {
    expect(yearOf('2025-10-11')).toBe(2025);
    expect(compareDates('2025-10-11', '2025-10-12')).toBe(-1);
    expect(compareDates('2025-10-11', '2025-10-11')).toBe(0);
    expect(compareDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(['2025-03-01', '2024-12-31', '2025-01-01'].sort(compareDates)).toEqual([
      '2024-12-31',
      '2025-01-01',
      '2025-03-01',
    ]);
    expect(() => compareDates('2025-10-11', 'x')).toThrow(AppError);
  });
});

describe('years', () => {
  it('knows leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2025)).toBe(365);
    expect(caught(() => daysInYear(2025.5)).details[0]?.path).toBe('year');
  });

  it('iterates every date of a year in order', () => {
    const dates = [...datesOfYear(2024)];
    expect(dates).toHaveLength(366);
    expect(dates[0]).toBe('2024-01-01');
    expect(dates[59]).toBe('2024-02-29');
    expect(dates.at(-1)).toBe('2024-12-31');
    expect([...datesOfYear(2025)]).toHaveLength(365);
  });
});

describe('todayInShanghai', () => {
  it('uses UTC+8 whatever the server time zone', () => {
    expect(todayInShanghai(new Date('2025-10-10T15:59:59Z'))).toBe('2025-10-10');
    expect(todayInShanghai(new Date('2025-10-10T16:00:00Z'))).toBe('2025-10-11');
    expect(todayInShanghai(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
  });

  it('refuses an invalid clock', () => {
    expect(() => todayInShanghai(new Date(Number.NaN))).toThrow(RangeError);
  });
});
