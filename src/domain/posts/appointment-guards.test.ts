import { describe, expect, it } from 'vitest';
import type { PostGrade } from '../catalogue';
import { AppError } from '../errors';
import type { AppointmentFacts, AppointmentRequest, PersonPostFacts, UnitPostFacts } from './appointment';
import { checkAppointment, GUARDS_BY_KIND } from './appointment-guards';
import { type BoardAppointment, computePostBoard } from './post-board';
import { postRulesFor } from './post-rules.fixture';

const INTERVALS = [
  { key: 'posts.intervalMonths.9', value: 24 },
  { key: 'posts.intervalMonths.8', value: 24 },
  { key: 'posts.intervalMonths.6', value: 36 },
  { key: 'posts.intervalMonths.5', value: 36 },
];
/** anshan-2023 §十一 as its layer states it: borrowing, 退二进一, the half-year rule cancelled. */
const ANSHAN = postRulesFor('anshan-2023', [
  ...INTERVALS,
  { key: 'posts.borrow.higherVacancy', value: true },
  { key: 'posts.overQuota.departuresPerAppointment', value: 2 },
  { key: 'posts.promotion.retirementBlockMonths', value: null },
]);
/** liaoyang-2023: the half-year rule inherited, 先聘后评 (§七), no borrowing or 退二进一. */
const LIAOYANG = postRulesFor('liaoyang-2023', [
  ...INTERVALS,
  { key: 'posts.promotion.retirementBlockMonths', value: 6 },
  { key: 'posts.appointBeforeTitle', value: true },
]);
/** The 2025 draft read what-if (#22–23). */
const DRAFT = postRulesFor(
  'liaoning-city-2025-draft',
  [
    ...INTERVALS,
    { key: 'posts.borrow.higherVacancy', value: true },
    { key: 'posts.borrow.exchangeSameSeries', value: true },
    { key: 'posts.regularisation.mayExceedQuota', value: true },
    { key: 'posts.interval.shortenable', value: true },
  ],
  { status: 'draft', whatIf: true },
);
/** A set none of whose documents states the Liaoning city clauses. */
const JILIN = postRulesFor('jilin-2022');

const START = '2024-06-01';
const PLAN = { approved: true, effectiveFrom: '2023-01-01' };

/** A unit whose grades have these quotas and this many people on normal posts. */
function unit(
  quotas: Record<number, number>,
  held: Record<number, number>,
  extra: Partial<UnitPostFacts> = {},
  more: BoardAppointment[] = [],
): UnitPostFacts {
  const appointments: BoardAppointment[] = Object.entries(held).flatMap(([grade, n]) =>
    Array.from({ length: n }, () => ({
      grade: Number(grade) as PostGrade,
      kind: 'normal' as const,
      start: '2020-01-01',
    })),
  );
  const board = computePostBoard(
    new Map(Object.entries(quotas).map(([g, q]) => [Number(g) as PostGrade, q])),
    [...appointments, ...more],
    START,
  );
  return { plan: PLAN, board, ...extra };
}

const person = (over: Partial<PersonPostFacts> = {}): PersonPostFacts => ({
  current: null,
  titleLevel: 'intermediate',
  newStaff: false,
  exchangeEntrant: false,
  dualRole: false,
  introducedTalent: false,
  ...over,
});

const at = (grade: PostGrade, since = '2020-01-01') => ({ grade, since });
const request = (
  kind: AppointmentRequest['kind'],
  grade: number,
  over: Partial<AppointmentRequest> = {},
): AppointmentRequest => ({
  kind,
  grade,
  startDate: START,
  ...over,
});
const facts = (p: PersonPostFacts, u: UnitPostFacts): AppointmentFacts => ({ person: p, unit: u });
const failing = (check: ReturnType<typeof checkAppointment>) =>
  check.findings.map((f) => f.key.replace('posts.appointment.', ''));

/** 中级 8/9/10 with one vacancy at each grade. */
const OPEN = unit({ 8: 2, 9: 2, 10: 2 }, { 8: 1, 9: 1, 10: 1 });

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
});

describe('quota and vacancy', () => {
  it('needs an approved plan in force on the start date', () => {
    const ok = checkAppointment(request('within-level', 9), facts(person({ current: at(10) }), OPEN), ANSHAN);
    expect(ok.allowed).toBe(true);
    const none = checkAppointment(
      request('within-level', 9),
      facts(person({ current: at(10) }), { ...OPEN, plan: null }),
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
    const check = checkAppointment(
      request('within-level', 9),
      facts(person({ current: at(10) }), full),
      LIAOYANG,
    );
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
    const three = promote(person({ current: at(10) }), over(3));
    expect(three.findings.map((f) => f.reason)).toEqual([
      '专业技术9级岗位核定1个，已聘1个，没有空余；中级岗位超出核定数额2个，按“退2进一”减员3人可聘1人，已聘1人',
    ]);
    expect(three.findings[0]!.citations).toEqual([{ document: 'anshan-2023', clause: '十一' }]);
    const four = promote(person({ current: at(10) }), over(4));
    expect(four.allowed).toBe(true);
    expect(four.notes.map((n) => n.note)).toEqual([
      '中级岗位超出核定数额，按“退2进一”聘用（减员4人，可聘2人，已聘1人）',
    ]);
    expect(
      promote(person({ current: at(10), dualRole: true }), over(4)).findings.map((f) => f.reason),
    ).toEqual(['专业技术9级岗位核定1个，已聘1个，没有空余；“双肩挑”岗位人员不适用“退二进一”政策']);
    expect(promote(person({ current: at(10) }), over(4), LIAOYANG).allowed).toBe(false);
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

describe('title, borrowing, conversion, special posts', () => {
  it('needs the title of the level, except 先聘后评 for introduced talent, which records the due date (liaoyang §七)', () => {
    const u = unit({ 7: 1 }, {});
    const expert = person({ titleLevel: null, introducedTalent: true });
    const later = checkAppointment(
      request('first', 7, { titleDueDate: '2025-12-31' }),
      facts(expert, u),
      LIAOYANG,
    );
    expect(later.allowed).toBe(true);
    expect(later.titleDueDate).toBe('2025-12-31');
    expect(failing(checkAppointment(request('first', 7), facts(expert, u), LIAOYANG))).toEqual([
      'title-for-level',
    ]);
    expect(
      checkAppointment(
        request('first', 7, { titleDueDate: '2025-12-31' }),
        facts(expert, u),
        ANSHAN,
      ).findings.map((f) => f.reason),
    ).toEqual(['聘用副高级岗位须具备副高级职称（本人无相应职称）']);
  });

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

  it('sets special posts outside the quota with a reason and an approval, grade 1 included (jilin 二(一))', () => {
    const full = unit({ 2: 0 }, {});
    const talent = person({ titleLevel: 'senior' });
    const bare = checkAppointment(request('special', 2), facts(talent, full), JILIN);
    expect(bare.findings.map((f) => f.reason)).toEqual([
      '特设岗位聘用须写明事由；特设岗位须经地市级以上人社部门批准，请填写批准文号',
    ]);
    const approved = request('special', 1, {
      reason: 'A类人才特设直聘',
      approvalDocument: '吉人社函〔2022〕1号',
    });
    const check = checkAppointment(approved, facts(talent, full), JILIN);
    expect(check.allowed).toBe(true);
    expect(check.applied).toEqual([
      'posts.appointment.grade-exists',
      'posts.appointment.special-approval',
      'posts.appointment.title-for-level',
    ]);
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
