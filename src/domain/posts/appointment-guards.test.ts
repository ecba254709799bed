import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { ANSHAN, at, facts, LIAOYANG, OPEN, person, request, unit } from './appointment.fixture';
import { APPOINTMENT_GUARDS } from './appointment-guard-table';
import { checkAppointment, GUARDS_BY_KIND } from './appointment-guards';
import { postRulesFor } from './post-rules.fixture';

describe('the guard table', () => {
  it('lists guards for every kind of DOMAIN §8', () => {
    expect(Object.keys(GUARDS_BY_KIND)).toEqual([
      'first',
      'within-level',
      'new-level',
      'transfer-in',
      'conversion',
      'borrowed',
      'special',
      'regularisation',
      'lowering',
      'ending',
    ]);
  });

  it('names only guards that exist, uses every guard, and gives each guard a clause', () => {
    const listed = new Set(Object.values(GUARDS_BY_KIND).flat());
    expect([...listed].filter((key) => !APPOINTMENT_GUARDS[key])).toEqual([]);
    expect(Object.keys(APPOINTMENT_GUARDS).filter((key) => !listed.has(key))).toEqual([]);
    for (const guard of Object.values(APPOINTMENT_GUARDS)) expect(guard.citations.length).toBeGreaterThan(0);
  });
});

describe('checkAppointment', () => {
  it('answers every failing guard at once', () => {
    const check = checkAppointment(
      request('within-level', 8, { startDate: '2024-09-01' }),
      facts(
        person({ current: at(10, '2024-01-01'), titleLevel: 'assistant', retirementDate: '2024-12-31' }),
        {
          ...unit({ 8: 1, 9: 1, 10: 1 }, { 8: 1, 10: 1 }),
          plan: null,
        },
      ),
      LIAOYANG,
    );
    expect(check.findings.map((f) => [f.key.replace('posts.appointment.', ''), f.status])).toEqual([
      ['plan-in-force', 'fail'],
      ['vacancy', 'fail'],
      ['title-for-level', 'fail'],
      ['step-by-step', 'fail'],
      ['interval', 'wait'],
      ['retirement', 'fail'],
    ]);
    expect(check.earliestDate).toBeNull();
  });

  it('refuses a malformed request with a Chinese message, before any guard', () => {
    const call = () =>
      checkAppointment(request('first', 10, { startDate: '2024-02-30' }), facts(person(), OPEN), ANSHAN);
    expect(call).toThrow(AppError);
    expect(call).toThrow('startDate：聘用起始日期应为YYYY-MM-DD格式的有效日期');
  });

  it('refuses to read a draft unless what-if', () => {
    expect(() => postRulesFor('liaoning-city-2025-draft', [], { status: 'draft' })).toThrow(
      '「liaoning-city-2025-draft 测试政策集」为征求意见稿，未正式印发前不作为岗位设置和聘用的依据，仅可模拟测算',
    );
  });
});
