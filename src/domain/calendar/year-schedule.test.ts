import { describe, expect, it } from 'vitest';
import { STATE_COUNCIL_SCHEDULES } from './state-council-schedules.fixture';
import { type ScheduleDay, validateYearSchedule, type YearSchedule } from './year-schedule';

const newYear: ScheduleDay = { date: '2025-01-01', kind: 'holiday', name: '元旦' };

function problemsOf(days: ScheduleDay[], year = 2025) {
  return validateYearSchedule({ year, days });
}

describe('validateYearSchedule', () => {
  it('accepts the published schedules', () => {
    for (const schedule of STATE_COUNCIL_SCHEDULES) expect(validateYearSchedule(schedule)).toEqual([]);
  });

  it('accepts a holiday on a weekend and an unnamed make-up working day', () => {
    expect(
      problemsOf([
        newYear,
        { date: '2025-10-04', kind: 'holiday', name: '国庆节' },
        { date: '2025-10-11', kind: 'workday', name: '' },
      ]),
    ).toEqual([]);
  });

  it('wants a sensible year and at least one holiday', () => {
    expect(validateYearSchedule({ year: 2025.5, days: [] })).toEqual([
      { path: 'year', message: '年份应为0至9999之间的整数' },
      { path: 'days', message: '至少应包含一个放假日期' },
    ]);
    expect(validateYearSchedule({ year: 2025, days: null } as unknown as YearSchedule)).toEqual([
      { path: 'days', message: '应为日期列表' },
    ]);
  });

  it('wants real dates inside the year, each once', () => {
    expect(
      problemsOf([
        newYear,
        { date: '2025-02-29', kind: 'holiday', name: '假' },
        { date: '2026-01-01', kind: 'holiday', name: '元旦' },
        { date: '2025-01-01', kind: 'holiday', name: '元旦' },
      ]),
    ).toEqual([
      { path: 'days[1].date', message: '日期格式应为YYYY-MM-DD，且为有效的日历日期' },
      { path: 'days[2].date', message: '日期应在2025年内' },
      { path: 'days[3].date', message: '日期2025-01-01与days[0]重复' },
    ]);
  });

  it('wants make-up working days on weekends only', () => {
    expect(problemsOf([newYear, { date: '2025-10-10', kind: 'workday', name: '国庆节调休上班' }])).toEqual([
      { path: 'days[1].date', message: '调休上班日应为周六或周日，2025-10-10是星期五' },
    ]);
  });

  it('wants a known kind, a named holiday and short names', () => {
    expect(
      problemsOf([
        newYear,
        { date: '2025-10-01', kind: 'rest', name: '国庆节' } as unknown as ScheduleDay,
        { date: '2025-10-02', kind: 'holiday', name: '  ' },
        { date: '2025-10-03', kind: 'holiday', name: '节'.repeat(51) },
        { date: '2025-10-05', kind: 'holiday', name: '节'.repeat(50) },
        { date: '2025-10-06', kind: 'holiday' } as unknown as ScheduleDay,
      ]),
    ).toEqual([
      { path: 'days[1].kind', message: "类型应为'holiday'（放假）或'workday'（调休上班）" },
      { path: 'days[2].name', message: '请填写节假日名称' },
      { path: 'days[3].name', message: '名称不能超过50个字符' },
      { path: 'days[5].name', message: '名称应为文本' },
    ]);
  });
});
