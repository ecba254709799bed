import { describe, expect, it } from 'vitest';
import type { PersonPostFacts, UnitPostFacts } from './appointment';
import {
  ANSHAN,
  at,
  DRAFT,
  facts,
  failing,
  LIAOYANG,
  OPEN,
  person,
  request,
  unit,
} from './appointment.fixture';
import { checkAppointment } from './appointment-guards';

/** An intermediate engineer on grade 10 since 2020: the one most quota rules are tried on, asking for 9. */
const ON_GRADE_10 = person({ current: at(10) });

describe('quota and vacancy', () => {
  it('needs an approved plan in force on the start date', () => {
    const ok = checkAppointment(request('within-level', 9), facts(ON_GRADE_10, OPEN), ANSHAN);
    expect(ok.allowed).toBe(true);
    const none = checkAppointment(
      request('within-level', 9),
      facts(ON_GRADE_10, { ...OPEN, plan: null }),
      ANSHAN,
    );
    expect(none.findings[0]).toMatchObject({
      key: 'posts.appointment.plan-in-force',
      reason: '本单位没有已核准的岗位设置方案，不能按岗位数额聘用',
    });
    const early = checkAppointment(
      request('within-level', 9, { startDate: '2022-12-31' }),
      facts(person({ current: at(10, '2019-01-01') }), OPEN),
      ANSHAN,
    );
    expect(early.findings.map((f) => f.reason)).toEqual([
      '聘用起始日期2022-12-31早于岗位设置方案生效日期2023-01-01',
    ]);
  });

  it('refuses a grade with no vacancy, naming quota and occupation', () => {
    const full = unit({ 8: 1, 9: 1, 10: 2 }, { 8: 1, 9: 1, 10: 1 });
    const check = checkAppointment(request('within-level', 9), facts(ON_GRADE_10, full), LIAOYANG);
    expect(check.findings).toEqual([
      expect.objectContaining({
        key: 'posts.appointment.vacancy',
        status: 'fail',
        reason: '专业技术9级岗位核定1个，已聘1个，没有空余',
        citations: [
          expect.objectContaining({ document: 'national' }),
          expect.objectContaining({ document: 'liaoyang-2023', clause: '十五' }),
        ],
      }),
    ]);
  });

  it('does not place new staff on professional posts without a vacancy, unless for institutional reform (anshan §十一)', () => {
    const full = unit({ 10: 1 }, { 10: 1 });
    const newcomer = person({ newStaff: true });
    expect(failing(checkAppointment(request('first', 10), facts(newcomer, full), ANSHAN))).toEqual([
      'new-staff-vacancy',
      'vacancy',
    ]);
    expect(
      failing(
        checkAppointment(request('first', 10, { institutionalReform: true }), facts(newcomer, full), ANSHAN),
      ),
    ).toEqual(['vacancy']);
    expect(checkAppointment(request('first', 10), facts(newcomer, OPEN), ANSHAN).allowed).toBe(true);
  });

  it('frees one appointment for two departures while the level is over quota — 退二进一, not for 双肩挑 staff (anshan §十一)', () => {
    const over = (departures: number) =>
      unit({ 8: 1, 9: 1, 10: 1 }, { 8: 3, 9: 1, 10: 1 }, { overQuota: { departures, appointments: 1 } });
    const promote = (p: PersonPostFacts, u: UnitPostFacts, rules = ANSHAN) =>
      checkAppointment(request('within-level', 9), facts(p, u), rules);
    const three = promote(ON_GRADE_10, over(3));
    expect(three.findings.map((f) => f.reason)).toEqual([
      '专业技术9级岗位核定1个，已聘1个，没有空余；中级岗位超出核定数额2个，按“退2进一”减员3人可聘1人，已聘1人',
    ]);
    expect(three.findings[0]!.citations).toEqual([{ document: 'anshan-2023', clause: '十一' }]);
    const four = promote(ON_GRADE_10, over(4));
    expect(four.allowed).toBe(true);
    expect(four.notes.map((n) => n.note)).toEqual([
      '中级岗位超出核定数额，按“退2进一”聘用（减员4人，可聘2人，已聘1人）',
    ]);
    expect(
      promote(person({ current: at(10), dualRole: true }), over(4)).findings.map((f) => f.reason),
    ).toEqual(['专业技术9级岗位核定1个，已聘1个，没有空余；“双肩挑”岗位人员不适用“退二进一”政策']);
    expect(promote(ON_GRADE_10, over(4), LIAOYANG).allowed).toBe(false);
  });

  it('lets regularisation exceed the quota only where the set says so (2025 #22(3), what-if)', () => {
    const full = unit({ 12: 1 }, { 12: 1 });
    const graduate = person({ titleLevel: 'assistant' });
    const draft = checkAppointment(request('regularisation', 12), facts(graduate, full), DRAFT);
    expect(draft.allowed).toBe(true);
    expect(draft.notes[0]!.citations).toEqual([{ document: 'liaoning-city-2025-draft', clause: '十一' }]);
    expect(failing(checkAppointment(request('regularisation', 12), facts(graduate, full), ANSHAN))).toEqual([
      'vacancy',
    ]);
  });
});

describe('borrowing and conversion', () => {
  it('borrows a vacant higher-grade post only when every grade of the level is full (anshan §十一)', () => {
    const full = unit({ 4: 1, 5: 1, 6: 1, 7: 1 }, { 5: 1, 6: 1, 7: 1 });
    const candidate = person({ current: at(8), titleLevel: 'associate-senior' });
    const borrow = request('borrowed', 7, { borrowFromGrade: 4 });
    expect(checkAppointment(borrow, facts(candidate, full), ANSHAN).allowed).toBe(true);
    const notFull = unit({ 4: 1, 5: 1, 6: 2, 7: 1 }, { 5: 1, 6: 1, 7: 1 });
    expect(checkAppointment(borrow, facts(candidate, notFull), ANSHAN).findings.map((f) => f.reason)).toEqual(
      ['副高级各等级岗位尚未全部聘满，不能借用高级别岗位'],
    );
    expect(checkAppointment(borrow, facts(candidate, full), LIAOYANG).findings.map((f) => f.reason)).toEqual([
      '本政策集未规定可借用高级别岗位聘用',
    ]);
  });

  it('lets an exchange entrant borrow a higher post of the same series when their own grade is full (2025 #22(6), what-if)', () => {
    const ownFull = unit({ 6: 2, 7: 1 }, { 6: 1, 7: 1 });
    const entrant = person({
      current: at(8),
      titleLevel: 'associate-senior',
      exchangeEntrant: true,
      newStaff: true,
    });
    const same = request('borrowed', 7, { borrowFromGrade: 6, series: 'health', borrowFromSeries: 'health' });
    expect(checkAppointment(same, facts(entrant, ownFull), DRAFT).allowed).toBe(true);
    const other = { ...same, borrowFromSeries: 'engineering' };
    expect(checkAppointment(other, facts(entrant, ownFull), DRAFT).findings.map((f) => f.reason)).toEqual([
      '通过人员交流进入的人员只能借用同系列的上级岗位',
    ]);
  });

  it('converts management or support staff with the title, a vacancy, an approved scheme, at the lowest grade (2025 #22(4), what-if)', () => {
    const u = (approved: boolean) => unit({ 10: 1, 9: 1 }, {}, { conversionSchemeApproved: approved });
    const clerk = person({ fromCategory: 'management' });
    expect(checkAppointment(request('conversion', 10), facts(clerk, u(true)), DRAFT).allowed).toBe(true);
    expect(
      failing(
        checkAppointment(request('conversion', 9), facts(person({ titleLevel: null }), u(false)), DRAFT),
      ),
    ).toEqual(['conversion-scheme', 'title-for-level', 'lowest-grade-first']);
    // The scheme clause is the draft's alone: in anshan-2023 it does not bind.
    expect(checkAppointment(request('conversion', 10), facts(clerk, u(false)), ANSHAN).allowed).toBe(true);
  });
});
