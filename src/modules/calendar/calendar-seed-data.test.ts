import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { addDays, createWorkingDayCalendar, validateYearSchedule } from '../../domain/calendar';
import { STATE_COUNCIL_SCHEDULES } from '../../domain/calendar/state-council-schedules.fixture';
import { CHINESE_DAYS_FIRST_YEAR, chineseDaysData, chineseDaysSchedules } from './calendar-seed-data';

const schedules = chineseDaysSchedules();
const calendar = createWorkingDayCalendar(schedules);
const lastYear = Math.max(...calendar.knownYears());

/**
 * chinese-days 1.5.7 reads a 'YYYY-MM-DD' string as UTC midnight and then takes the weekday and
 * date in local time, so west of UTC (e.g. TZ=America/Los_Angeles) it answers for the previous
 * day. Our calendar does not depend on the time zone; the package's own answers are only a
 * reference where the process runs at UTC or east of it (UTC, Asia/Shanghai).
 */
const westOfUtc = [Date.UTC(2025, 0, 1), Date.UTC(2025, 6, 1)].some(
  (t) => new Date(t).getTimezoneOffset() > 0,
);

describe('chineseDaysSchedules', () => {
  it('has one valid schedule per year from 2004 to the last year covered', () => {
    expect(schedules.map((s) => s.year)).toEqual(
      Array.from({ length: lastYear - CHINESE_DAYS_FIRST_YEAR + 1 }, (_, i) => CHINESE_DAYS_FIRST_YEAR + i),
    );
    expect(lastYear).toBeGreaterThanOrEqual(2026);
    for (const schedule of schedules) expect(validateYearSchedule(schedule)).toEqual([]);
  });

  it.skipIf(westOfUtc)('agrees with chinese-days on every date it covers', () => {
    const disagreements: string[] = [];
    const end = `${lastYear}-12-31`;
    let checked = 0;
    for (let date = `${CHINESE_DAYS_FIRST_YEAR}-01-01`; date <= end; date = addDays(date, 1)) {
      if (calendar.isWorkday(date) !== chineseDays.isWorkday(date)) disagreements.push(date);
      checked++;
    }
    expect(checked).toBeGreaterThan(8000);
    expect(disagreements).toEqual([]);
  });

  it('ignores inLieuDays because each of them is already a holiday', () => {
    const data = chineseDaysData();
    const inLieu = Object.keys(data.inLieuDays);
    expect(inLieu.length).toBeGreaterThan(0);
    expect(inLieu.filter((date) => !(date in data.holidays))).toEqual([]);
  });

  it('matches the published schedules typed in for 2024–2026', () => {
    for (const expected of STATE_COUNCIL_SCHEDULES) {
      const seeded = schedules.find((s) => s.year === expected.year);
      const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : 1);
      expect(seeded?.days).toEqual([...expected.days].sort(byDate));
    }
  });

  it('uses Chinese names, in full', () => {
    expect(calendar.dayInfo('2025-10-01')).toMatchObject({ kind: 'holiday', name: '国庆节' });
    expect(calendar.dayInfo('2025-10-06')).toMatchObject({ kind: 'holiday', name: '中秋节' });
    expect(calendar.dayInfo('2025-10-11')).toMatchObject({ kind: 'makeup-workday', name: '国庆节调休上班' });
    expect(calendar.dayInfo('2015-09-03')).toMatchObject({
      kind: 'holiday',
      name: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
    });
    expect(calendar.addWorkingDays('2025-09-29', 5)).toBe('2025-10-11');
  });
});
