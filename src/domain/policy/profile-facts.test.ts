import { describe, expect, it } from 'vitest';
import type { WorkPeriod } from './eligibility-request';
import {
  addMonths,
  ageOn,
  cumulativeMonths,
  monthsBetween,
  seniorityMetOn,
  seniorityYears,
} from './profile-facts';

const period = (from: string, to: string | null, area: WorkPeriod['area'] = 'county'): WorkPeriod => ({
  from,
  to,
  employerKind: 'public-institution',
  area,
  frontline: true,
  relation: 'staff',
  teaching: false,
});

describe('profile facts', () => {
  it('counts seniority from the year after the title to the application year', () => {
    expect(seniorityYears('2018-12-20', '2023-01-02')).toBe(5);
    expect(seniorityYears('2019-01-01', '2023-12-31')).toBe(4);
    expect(seniorityMetOn('2019-12-20', 5)).toBe('2024-01-01');
  });

  it('counts whole calendar months, so 30 years are met on the day and not before', () => {
    expect(monthsBetween('1993-01-01', '2023-01-01')).toBe(360);
    expect(monthsBetween('1993-01-02', '2023-01-01')).toBe(359);
    expect(monthsBetween('2023-01-31', '2023-02-28')).toBe(0);
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-11-15', 3)).toBe('2024-02-15');
  });

  it('adds up overlapping and adjacent periods once', () => {
    const work = [
      period('1990-01-01', '2000-01-01'),
      period('1995-01-01', '2005-01-01'),
      period('2005-01-02', null),
      period('2010-01-01', null, 'city'),
    ];
    expect(cumulativeMonths(work, '2020-01-01', (w) => w.area === 'county')).toBe(360);
  });

  it('computes age by birthday', () => {
    expect(ageOn('1980-05-01', '2023-04-30')).toBe(42);
    expect(ageOn('1980-05-01', '2023-05-01')).toBe(43);
  });
});
