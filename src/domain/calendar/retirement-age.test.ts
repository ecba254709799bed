import { describe, expect, it } from 'vitest';
import { retirementAgeMonths, retirementDelayMonths, statutoryRetirementDate } from './retirement-age';

const age = (years: number, months = 0) => years * 12 + months;

/**
 * Rows of the 对照表 (附件 of 国务院关于渐进式提高职工法定退休年龄的办法): birth month → age after the
 * raise → month of retirement. First, second, a middle and the last row of each table, and the
 * cohort just before the raise.
 */
const ROWS = [
  // 男职工：60 → 63, one month for every four months of birth from 1965-01.
  { schedule: 'male', born: '1964-12', age: age(60), retires: '2024-12' },
  { schedule: 'male', born: '1965-01', age: age(60, 1), retires: '2025-02' },
  { schedule: 'male', born: '1965-04', age: age(60, 1), retires: '2025-05' },
  { schedule: 'male', born: '1965-05', age: age(60, 2), retires: '2025-07' },
  { schedule: 'male', born: '1970-01', age: age(61, 4), retires: '2031-05' },
  { schedule: 'male', born: '1976-08', age: age(62, 11), retires: '2039-07' },
  { schedule: 'male', born: '1976-09', age: age(63), retires: '2039-09' },
  { schedule: 'male', born: '1990-06', age: age(63), retires: '2053-06' },
  // 原法定退休年龄55周岁的女职工：55 → 58 from 1970-01.
  { schedule: 'female-55', born: '1969-12', age: age(55), retires: '2024-12' },
  { schedule: 'female-55', born: '1970-01', age: age(55, 1), retires: '2025-02' },
  { schedule: 'female-55', born: '1972-09', age: age(55, 9), retires: '2028-06' },
  { schedule: 'female-55', born: '1981-08', age: age(57, 11), retires: '2039-07' },
  { schedule: 'female-55', born: '1981-09', age: age(58), retires: '2039-09' },
  // 原法定退休年龄50周岁的女职工：50 → 55, one month for every two months of birth from 1975-01.
  { schedule: 'female-50', born: '1974-12', age: age(50), retires: '2024-12' },
  { schedule: 'female-50', born: '1975-01', age: age(50, 1), retires: '2025-02' },
  { schedule: 'female-50', born: '1975-03', age: age(50, 2), retires: '2025-05' },
  { schedule: 'female-50', born: '1984-10', age: age(54, 11), retires: '2039-09' },
  { schedule: 'female-50', born: '1984-11', age: age(55), retires: '2039-11' },
] as const;

describe('statutory retirement age with the 2025 gradual raise', () => {
  it.each(ROWS)('$schedule born $born: retires at the 对照表 age in $retires', (row) => {
    for (const day of ['01', '15', '28']) {
      const born = `${row.born}-${day}`;
      expect(retirementAgeMonths(born, row.schedule)).toBe(row.age);
      expect(statutoryRetirementDate(born, row.schedule)).toBe(`${row.retires}-${day}`);
    }
  });

  it('keeps the whole raise of each schedule within its cap and never lowers the age for a later birth', () => {
    const caps = { male: 36, 'female-55': 36, 'female-50': 60 } as const;
    for (const schedule of ['male', 'female-55', 'female-50'] as const) {
      let previous = 0;
      for (let year = 1960; year <= 1990; year++)
        for (let month = 1; month <= 12; month++) {
          const delay = retirementDelayMonths(`${year}-${String(month).padStart(2, '0')}-01`, schedule);
          expect(delay).toBeGreaterThanOrEqual(previous);
          expect(delay).toBeLessThanOrEqual(caps[schedule]);
          previous = delay;
        }
      expect(previous).toBe(caps[schedule]);
    }
  });

  it('falls to the last day of a shorter month', () => {
    // Born 1965-01-31: 60 years 1 month later is February, which has no 31st.
    expect(statutoryRetirementDate('1965-01-31', 'male')).toBe('2025-02-28');
    expect(statutoryRetirementDate('1970-01-31', 'female-55')).toBe('2025-02-28');
  });
});
