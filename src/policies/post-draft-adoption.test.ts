import { describe, expect, it } from 'vitest';
import type { PostGrade } from '../domain/catalogue';
import { resolvePolicy } from '../domain/policy/resolve-policy';
import type { AppointmentRequest, PersonPostFacts } from '../domain/posts/appointment';
import { person } from '../domain/posts/appointment.fixture';
import { checkAppointment } from '../domain/posts/appointment-guards';
import { computePostBoard } from '../domain/posts/post-board';
import { postRulesOf } from '../domain/posts/post-rules';
import { POLICY_LAYERS } from '.';

/**
 * The 2025 征求意见稿's post clauses (#22, #23) decide only once its layer is adopted: each case
 * is judged three ways on the shipped rule base — the draft as shipped (refused), the province it
 * would refine ('liaoning', where the clause is absent) and the draft adopted (status in-force),
 * where the clause must decide with its citation. The coverage map points these clauses here.
 */
const DRAFT = 'liaoning-city-2025-draft';
const DAY = '2025-06-01';
const draftLayer = POLICY_LAYERS.get(DRAFT)!;
const ADOPTED = new Map([...POLICY_LAYERS, [DRAFT, { ...draftLayer, status: 'in-force' as const }]]);
const rulesOf = (set: string, layers = POLICY_LAYERS) => postRulesOf(resolvePolicy(layers, set, DAY), 'city');
const adopted = () => rulesOf(DRAFT, ADOPTED);
const province = () => rulesOf('liaoning');

/** A unit with these quotas and this many people on normal posts, its plan in force since 2024. */
function unit(
  quotas: Record<number, number>,
  held: Record<number, number>,
  conversionSchemeApproved?: boolean,
) {
  const board = computePostBoard(
    new Map(Object.entries(quotas).map(([g, q]) => [Number(g) as PostGrade, q])),
    Object.entries(held).flatMap(([g, n]) =>
      Array.from({ length: n }, () => ({
        grade: Number(g) as PostGrade,
        kind: 'normal' as const,
        start: '2024-01-01',
      })),
    ),
    DAY,
  );
  return {
    plan: { approved: true, effectiveFrom: '2024-01-01' },
    board,
    ...(conversionSchemeApproved === undefined ? {} : { conversionSchemeApproved }),
  };
}

type Case = {
  request: Omit<AppointmentRequest, 'startDate'>;
  person: PersonPostFacts;
  unit: ReturnType<typeof unit>;
};
const judge = (c: Case, rules: ReturnType<typeof rulesOf>) =>
  checkAppointment({ ...c.request, startDate: DAY }, { person: c.person, unit: c.unit }, rules);
const findingKeys = (c: Case, rules: ReturnType<typeof rulesOf>) =>
  judge(c, rules).findings.map((f) => f.key);
const draftCited = (c: Case) =>
  judge(c, adopted())
    .findings.flatMap((f) => f.citations ?? [])
    .some((x) => x.document === DRAFT);

describe('the 2025 征求意见稿 decides appointments only once adopted', () => {
  it('is refused as shipped: no appointment is judged on a draft', () => {
    expect(() => rulesOf(DRAFT)).toThrow('为征求意见稿');
  });

  it('#22(1): new staff without a vacancy, step by step, lowest grade first bind only where the draft is adopted', () => {
    const newStaff: Case = {
      request: { kind: 'first', grade: 10, level: 'intermediate' },
      person: person({ newStaff: true }),
      unit: unit({ 10: 1, 12: 1 }, { 10: 1, 12: 1 }),
    };
    expect(findingKeys(newStaff, province())).toEqual(['posts.appointment.vacancy']);
    expect(findingKeys(newStaff, adopted()).sort()).toEqual([
      'posts.appointment.new-staff-vacancy',
      'posts.appointment.vacancy',
    ]);
    const skip: Case = {
      request: { kind: 'within-level', grade: 8 },
      person: person({ current: { grade: 10, since: '2015-01-01' } }),
      unit: unit({ 8: 1, 9: 1, 10: 1 }, { 10: 1 }),
    };
    expect(findingKeys(skip, province())).toEqual([]);
    expect(findingKeys(skip, adopted())).toEqual(['posts.appointment.step-by-step']);
    const topFirst: Case = {
      request: { kind: 'first', grade: 8 },
      person: person(),
      unit: unit({ 8: 1, 10: 1 }, {}),
    };
    expect(findingKeys(topFirst, province())).toEqual([]);
    expect(findingKeys(topFirst, adopted())).toEqual(['posts.appointment.lowest-grade-first']);
    expect(draftCited(topFirst)).toBe(true);
  });

  it('#22(2): a grade full at every grade of the level borrows a vacant higher post', () => {
    const c: Case = {
      request: { kind: 'borrowed', grade: 10, borrowFromGrade: 7 },
      person: person({ current: { grade: 11, since: '2015-01-01' } }),
      unit: unit({ 7: 1, 8: 1, 9: 1, 10: 1 }, { 8: 1, 9: 1, 10: 1 }),
    };
    expect(findingKeys(c, province())).toContain('posts.appointment.borrow');
    expect(judge(c, adopted()).findings).toEqual([]);
  });

  it('#22(3): 转正定级 may exceed the grade quota', () => {
    const c: Case = {
      request: { kind: 'regularisation', grade: 12 },
      person: person({ titleLevel: 'assistant' }),
      unit: unit({ 12: 1 }, { 12: 1 }),
    };
    expect(findingKeys(c, province())).toEqual(['posts.appointment.vacancy']);
    expect(judge(c, adopted()).allowed).toBe(true);
    expect(judge(c, adopted()).notes.flatMap((n) => n.citations)).toContainEqual({
      document: DRAFT,
      clause: '22',
    });
  });

  it('#22(4): a conversion needs the approved scheme, the title, a vacancy and the lowest grade', () => {
    const c: Case = {
      request: { kind: 'conversion', grade: 9 },
      person: person({ fromCategory: 'management' }),
      unit: unit({ 9: 1, 10: 1 }, {}, false),
    };
    expect(findingKeys(c, province())).toEqual([]);
    expect(findingKeys(c, adopted()).sort()).toEqual([
      'posts.appointment.conversion-scheme',
      'posts.appointment.lowest-grade-first',
    ]);
    expect(
      judge(
        { ...c, request: { kind: 'conversion', grade: 10 }, unit: unit({ 9: 1, 10: 1 }, {}, true) },
        adopted(),
      ).allowed,
    ).toBe(true);
  });

  it('#22(5): a 副高 postdoc holding 正高 is appointed 正高 without any time at 副高 — no layer sets one', () => {
    const c: Case = {
      request: { kind: 'new-level', grade: 4 },
      person: person({ titleLevel: 'senior', current: { grade: 7, since: '2025-05-01' } }),
      unit: unit({ 4: 1, 7: 1 }, { 7: 1 }),
    };
    expect(judge(c, adopted()).allowed).toBe(true);
  });

  it('#22(6): an exchange entrant borrows a higher post of the same series only', () => {
    const c: Case = {
      request: {
        kind: 'borrowed',
        grade: 10,
        borrowFromGrade: 9,
        series: 'health',
        borrowFromSeries: 'health',
      },
      person: person({ exchangeEntrant: true, newStaff: true }),
      unit: unit({ 9: 1, 10: 1, 11: 1 }, { 10: 1 }),
    };
    expect(findingKeys(c, province())).toContain('posts.appointment.borrow');
    expect(judge(c, adopted()).allowed).toBe(true);
    const other = { ...c, request: { ...c.request, borrowFromSeries: 'engineering' } };
    expect(
      judge(other, adopted())
        .findings.map((f) => f.reason)
        .join(),
    ).toContain('同系列');
  });

  it('#23: an approved shortening of the interval counts only under the adopted draft', () => {
    const c: Case = {
      request: { kind: 'within-level', grade: 9, intervalShortenedMonths: 12 },
      person: person({ current: { grade: 10, since: '2024-03-01' } }),
      unit: unit({ 9: 1, 10: 1 }, { 10: 1 }),
    };
    expect(judge(c, province()).findings.map((f) => [f.key, f.status])).toEqual([
      ['posts.appointment.interval', 'wait'],
    ]);
    expect(judge(c, adopted()).allowed).toBe(true);
  });

  it('#23: prior service as a contract worker counts toward the interval only under the adopted draft', () => {
    const c: Case = {
      request: { kind: 'within-level', grade: 9, priorContractServiceMonths: 18 },
      // 15 months at grade 10 by DAY, of the 24 the province sets: 18 months before joining make it up.
      person: person({ current: { grade: 10, since: '2024-03-01' } }),
      unit: unit({ 9: 1, 10: 1 }, { 10: 1 }),
    };
    const province_ = judge(c, province());
    expect(province_.findings.map((f) => [f.key, f.status])).toEqual([
      ['posts.appointment.interval', 'wait'],
    ]);
    expect(province_.findings[0]!.reason).toContain('所报月数不予计算');
    const draft = judge(c, adopted());
    expect(draft.allowed).toBe(true);
    expect(JSON.stringify(draft.notes)).toContain('原聘用资历18个月计入间隔时限');
    // Too little prior service still waits, for the remaining months only.
    const short = judge({ ...c, request: { ...c.request, priorContractServiceMonths: 1 } }, adopted());
    expect(short.findings.map((f) => [f.key, f.status])).toEqual([['posts.appointment.interval', 'wait']]);
    expect(short.findings[0]!.reason).toContain('已计入原聘用资历1个月');
  });

  it('#23: grade 2 needs an approved grade-2 filing only under the adopted draft', () => {
    const c: Case = {
      request: { kind: 'within-level', grade: 2 },
      person: person({ current: { grade: 3, since: '2018-01-01' }, titleLevel: 'senior' }),
      unit: unit({ 2: 1, 3: 1 }, { 3: 1 }),
    };
    expect(findingKeys(c, province())).not.toContain('posts.appointment.grade-filing');
    expect(findingKeys(c, adopted())).toContain('posts.appointment.grade-filing');
    expect(draftCited(c)).toBe(true);
    const filed = {
      ...c,
      person: {
        ...c.person,
        gradeFilings: [{ grade: 2 as PostGrade, approvalDocument: '辽人社备〔2025〕1号' }],
      },
    };
    expect(findingKeys(filed, adopted())).not.toContain('posts.appointment.grade-filing');
  });
});
