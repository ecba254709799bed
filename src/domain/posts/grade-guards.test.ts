import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../policy/profile-facts';
import type { AppointmentRequest } from './appointment';
import {
  ANSHAN,
  at,
  DRAFT,
  facts,
  failing,
  JILIN,
  LIAOYANG,
  OPEN,
  person,
  request,
  unit,
} from './appointment.fixture';
import { checkAppointment } from './appointment-guards';

describe('the order of grades', () => {
  it('promotes step by step within a level: 7 → 6, never 7 → 5 (anshan §十一)', () => {
    const u = unit({ 5: 1, 6: 2, 7: 3 }, { 7: 1 });
    const senior = person({ current: at(7, '2018-01-01'), titleLevel: 'associate-senior' });
    expect(checkAppointment(request('within-level', 6), facts(senior, u), ANSHAN).allowed).toBe(true);
    const skip = checkAppointment(request('within-level', 5), facts(senior, u), ANSHAN);
    expect(skip.findings.map((f) => [f.key, f.reason])).toEqual([
      [
        'posts.appointment.step-by-step',
        '同一层级内应逐级聘用：现聘专业技术7级，只能聘用到专业技术6级，不能聘用到专业技术5级',
      ],
    ]);
  });

  it('puts a first appointment at a level, or a transfer, at the lowest grade of the level (liaoyang §十五)', () => {
    const u = unit({ 5: 1, 6: 1, 7: 1, 9: 1, 10: 1 }, {});
    const promoted = person({ current: at(8), titleLevel: 'associate-senior' });
    expect(checkAppointment(request('new-level', 7), facts(promoted, u), LIAOYANG).allowed).toBe(true);
    expect(
      checkAppointment(request('new-level', 6), facts(promoted, u), LIAOYANG).findings.map((f) => f.reason),
    ).toEqual(['首次聘用副高级岗位或新调入的，应聘用到该层级最低等级专业技术7级，不能直接聘用到专业技术6级']);
    const transferred = person({ newStaff: true });
    expect(checkAppointment(request('transfer-in', 10), facts(transferred, u), LIAOYANG).allowed).toBe(true);
    expect(failing(checkAppointment(request('transfer-in', 9), facts(transferred, u), LIAOYANG))).toEqual([
      'lowest-grade-first',
    ]);
  });

  it('binds the Liaoning city clauses only in their own sets: a Jilin unit is held to the national frame', () => {
    const u = unit({ 5: 1, 6: 2, 7: 3 }, { 7: 1 });
    const check = checkAppointment(
      request('within-level', 5),
      facts(person({ current: at(7), titleLevel: 'associate-senior' }), u),
      JILIN,
    );
    expect(check.allowed).toBe(true);
    expect(check.applied).not.toContain('posts.appointment.step-by-step');
  });

  it('refuses a grade that does not exist, or not of the named level, and grade 1 outside a special post', () => {
    const none = checkAppointment(request('first', 14), facts(person(), OPEN), ANSHAN);
    expect(none.findings.map((f) => f.reason)).toEqual(['不存在专业技术14级岗位（等级为1至13级）']);
    expect(none.applied).toEqual(['posts.appointment.grade-exists']);
    const wrongLevel = checkAppointment(
      request('first', 5, { level: 'intermediate' }),
      facts(person(), OPEN),
      ANSHAN,
    );
    expect(wrongLevel.findings[0]!.reason).toBe('中级岗位为8、9、10级，没有专业技术5级岗位');
    expect(
      failing(
        checkAppointment(
          request('within-level', 1),
          facts(person({ current: at(2), titleLevel: 'senior' }), OPEN),
          JILIN,
        ),
      ),
    ).toContain('grade-exists');
  });

  it('matches the kind to the post held (a lowering goes down, an ending leaves the post held)', () => {
    const held = person({ current: at(9) });
    expect(failing(checkAppointment(request('within-level', 9), facts(person(), OPEN), ANSHAN))).toContain(
      'kind-fits',
    );
    expect(
      failing(
        checkAppointment(request('lowering', 8, { reason: '年度考核不合格' }), facts(held, OPEN), ANSHAN),
      ),
    ).toEqual(['kind-fits']);
    expect(
      checkAppointment(request('lowering', 10, { reason: '年度考核不合格' }), facts(held, OPEN), ANSHAN)
        .allowed,
    ).toBe(true);
    expect(
      checkAppointment(request('ending', 9, { reason: '聘用合同期满' }), facts(held, OPEN), ANSHAN).allowed,
    ).toBe(true);
    expect(
      checkAppointment(request('ending', 9), facts(held, OPEN), ANSHAN).findings.map((f) => f.reason),
    ).toEqual(['解除聘用须写明原因']);
  });
});

describe('time: intervals and retirement', () => {
  const promote = (rules = ANSHAN, over: Partial<AppointmentRequest> = {}) =>
    checkAppointment(
      request('within-level', 9, { startDate: '2024-09-01', ...over }),
      facts(person({ current: at(10, '2023-03-01') }), OPEN),
      rules,
    );

  it('waits for the interval and answers the earliest date when only time is missing', () => {
    const check = promote();
    expect(check.allowed).toBe(false);
    expect(check.findings).toEqual([
      expect.objectContaining({
        key: 'posts.appointment.interval',
        status: 'wait',
        from: '2025-03-01',
        reason:
          '由专业技术10级晋升专业技术9级须在专业技术10级聘满24个月（自2023-03-01起），2025-03-01起方可聘用',
      }),
    ]);
    expect(check.earliestDate).toBe('2025-03-01');
    expect(promote(ANSHAN, { startDate: '2025-03-01' }).allowed).toBe(true);
  });

  it('gives no earliest date when something other than time fails too', () => {
    const check = checkAppointment(
      request('within-level', 9, { startDate: '2024-09-01' }),
      facts(person({ current: at(10, '2023-03-01'), titleLevel: 'assistant' }), OPEN),
      ANSHAN,
    );
    expect(failing(check)).toEqual(['title-for-level', 'interval']);
    expect(check.earliestDate).toBeNull();
  });

  it('shortens the interval only where the set allows it (2025 #23, what-if)', () => {
    expect(promote(DRAFT, { intervalShortenedMonths: 6 }).allowed).toBe(true);
    expect(promote(ANSHAN, { intervalShortenedMonths: 6 }).findings[0]!.reason).toContain(
      '本政策集未规定可缩短间隔，所报缩短月数不予计算',
    );
  });

  it('applies the half-year rule where the set keeps it, not in anshan-2023 which cancels it', () => {
    const nearRetirement = person({ current: at(10), retirementDate: '2024-10-31' });
    const kept = checkAppointment(request('within-level', 9), facts(nearRetirement, OPEN), LIAOYANG);
    expect(kept.findings.map((f) => f.reason)).toEqual([
      '距规定退休时间（2024-10-31）不足6个月，不能晋升岗位等级',
    ]);
    const cancelled = checkAppointment(request('within-level', 9), facts(nearRetirement, OPEN), ANSHAN);
    expect(cancelled.allowed).toBe(true);
    expect(cancelled.notes).toEqual([
      {
        key: 'posts.appointment.retirement',
        note: '本政策集已取消距退休不足半年不能晋升的限制',
        citations: [{ document: 'anshan-2023', clause: '十一' }],
      },
    ]);
    expect(checkAppointment(request('within-level', 9), facts(nearRetirement, OPEN), JILIN).notes).toEqual(
      [],
    );
  });
});

describe('the earliest date (property)', () => {
  const day = fc
    .integer({ min: 0, max: 2500 })
    .map((n) => new Date(Date.UTC(2018, 0, 1 + n)).toISOString().slice(0, 10));

  it('is the first day a 10 → 9 promotion passes, given only when time alone is missing', () => {
    fc.assert(
      fc.property(day, day, (since, startDate) => {
        fc.pre(since < startDate);
        const ask = (start: string) =>
          checkAppointment(
            request('within-level', 9, { startDate: start }),
            facts(person({ current: at(10, since) }), {
              ...OPEN,
              plan: { approved: true, effectiveFrom: '2000-01-01' },
            }),
            ANSHAN,
          );
        const check = ask(startDate);
        const due = addMonths(since, 24);
        expect(check.allowed).toBe(due <= startDate);
        if (check.allowed) return;
        expect(check.earliestDate).toBe(due);
        expect(ask(check.earliestDate!).allowed).toBe(true);
      }),
    );
  });
});
