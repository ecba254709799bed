import { describe, expect, it } from 'vitest';
import { caughtAppError } from '../../../test/helpers/caught-app-error';
import {
  afterYearlyDeadline,
  approvalProblems,
  committeeMaySit,
  expertTermProblems,
  panelSizeProblems,
  sessionDateProblems,
} from './committee-rules';
import { shiftYears } from './review-dates';

const COMMITTEE = {
  status: 'active',
  approvedOn: '2024-03-01',
  validUntil: '2027-02-28',
  series: 'engineering',
  levels: ['associate-senior', 'senior'],
};
const TARGET = { date: '2025-11-20', series: 'engineering', level: 'associate-senior' };

describe('committeeMaySit', () => {
  it('lets an active committee sit within its approval and scope', () => {
    expect(committeeMaySit(COMMITTEE, TARGET)).toEqual([]);
  });

  it.each([
    ['suspended', '评委会已被暂停评审工作'],
    ['revoked', '评委会职称评审权已被收回'],
  ])('refuses a %s committee', (status, text) => {
    const [problem] = committeeMaySit({ ...COMMITTEE, status }, TARGET);
    expect(problem).toContain(text);
    expect(problem).toContain('anshan-2023 九');
  });

  it('refuses a date before approval or after its validity', () => {
    expect(committeeMaySit(COMMITTEE, { ...TARGET, date: '2024-02-29' })).toEqual([
      '评审日期2024-02-29早于评委会核准日期2024-03-01（人社部令第40号）',
    ]);
    expect(committeeMaySit(COMMITTEE, { ...TARGET, date: '2027-03-01' })[0]).toContain(
      '已超出评委会核准备案有效期',
    );
  });

  it('refuses a series or level outside the approved scope, naming them in Chinese', () => {
    const problems = committeeMaySit(COMMITTEE, { ...TARGET, series: 'health', level: 'intermediate' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^卫生技术系列不在评委会核准的评审范围（工程技术）内（人社部令第40号；/);
    expect(problems[1]).toMatch(/^中级不在评委会核准的评审层级（副高级、正高级）内/);
  });
});

describe('approvalProblems and expertTermProblems', () => {
  it('allow at most the given years, ending before the same day that many years on', () => {
    expect(approvalProblems('2024-03-01', '2027-02-28', 3)).toEqual([]);
    expect(approvalProblems('2024-03-01', '2027-03-01', 3)).toEqual([
      '评委会核准备案有效期不得超过3年：自2024-03-01起至迟到2027-02-28，所填为2027-03-01（人社部令第40号）',
    ]);
    expect(expertTermProblems('2025-01-01', '2027-12-31', 3)).toEqual([]);
    expect(expertTermProblems('2025-01-01', '2028-01-01', 3)[0]).toContain('评审专家每届任期不得超过3年');
    expect(expertTermProblems('2025-01-01', '2024-12-31', 3)[0]).toContain('早于开始日期');
  });

  it('count from 29 February to the last day before the anniversary', () => {
    expect(shiftYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(approvalProblems('2024-02-29', '2027-02-27', 3)).toEqual([]);
    expect(approvalProblems('2024-02-29', '2027-02-28', 3)).toHaveLength(1);
  });
});

describe('sessionDateProblems', () => {
  it('accepts a session by the end of November of the application year', () => {
    expect(sessionDateProblems('2023-11-30', 2023, '11-30')).toEqual([]);
  });

  it('refuses December, citing the city documents', () => {
    expect(sessionDateProblems('2023-12-01', 2023, '11-30')).toEqual([
      '评委会年度例会应于11月30日前完成，2023-12-01已超过截止日期（anshan-2023 九；liaoyang-2023 十一）',
    ]);
  });

  it('refuses a review across years', () => {
    const [problem] = sessionDateProblems('2024-01-10', 2023, '12-31');
    expect(problem).toContain('原则上不允许跨年度开展评审');
    expect(problem).toContain('liaoning-city-2025-draft 17');
  });

  it('refuses a malformed deadline', () => {
    expect(caughtAppError(() => sessionDateProblems('2023-11-01', 2023, '11-31')).code).toBe(
      'MONTH_DAY_INVALID',
    );
  });
});

describe('afterYearlyDeadline', () => {
  it('closes after 30 June, the day itself still open', () => {
    expect(afterYearlyDeadline('2025-06-30', '06-30')).toBe(false);
    expect(afterYearlyDeadline('2025-07-01', '06-30')).toBe(true);
    expect(afterYearlyDeadline('2026-01-02', '06-30')).toBe(false);
  });
});

describe('panelSizeProblems', () => {
  const min = { bySeries: 25, bySpecialty: 11 };

  it('asks a senior committee for an odd number, ≥25 by series and ≥11 by specialty', () => {
    expect(panelSizeProblems('senior', 'series', 25, min)).toEqual([]);
    expect(panelSizeProblems('associate-senior', 'specialty', 11, min)).toEqual([]);
    expect(panelSizeProblems('senior', 'series', 23, min)).toEqual([
      '按系列组建的高级职称评审委员会评审专家不少于25人，当前为23人（人社部令第40号）',
    ]);
    expect(panelSizeProblems('senior', 'specialty', 10, min)).toEqual([
      '评审专家人数应为单数，当前为10人（人社部令第40号）',
      '按专业组建的高级职称评审委员会评审专家不少于11人，当前为10人（人社部令第40号）',
    ]);
  });

  it('asks other committees only for an odd number', () => {
    expect(panelSizeProblems('intermediate', 'series', 7, min)).toEqual([]);
    expect(panelSizeProblems('intermediate', 'series', 8, min)).toHaveLength(1);
  });
});
