import type { PostGrade } from '../catalogue';
import type { AppointmentFacts, AppointmentRequest, PersonPostFacts, UnitPostFacts } from './appointment';
import type { checkAppointment } from './appointment-guards';
import { type BoardAppointment, computePostBoard } from './post-board';
import { postRulesFor } from './post-rules.fixture';

/**
 * The policy sets, units, people and requests the appointment guard tests share: each set
 * states only what its seed says about posts (see docs/POSTS.md), read by the real reader.
 */
export const INTERVALS = [
  { key: 'posts.intervalMonths.9', value: 24 },
  { key: 'posts.intervalMonths.8', value: 24 },
  { key: 'posts.intervalMonths.6', value: 36 },
  { key: 'posts.intervalMonths.5', value: 36 },
];
/** anshan-2023 §十一 as its layer states it: borrowing, 退二进一, the half-year rule cancelled. */
export const ANSHAN = postRulesFor('anshan-2023', [
  ...INTERVALS,
  { key: 'posts.borrow.higherVacancy', value: true },
  { key: 'posts.overQuota.departuresPerAppointment', value: 2 },
  { key: 'posts.promotion.retirementBlockMonths', value: null },
]);
/** liaoyang-2023: the half-year rule inherited, 先聘后评 (§七), no borrowing or 退二进一. */
export const LIAOYANG = postRulesFor('liaoyang-2023', [
  ...INTERVALS,
  { key: 'posts.promotion.retirementBlockMonths', value: 6 },
  { key: 'posts.appointBeforeTitle', value: true },
]);
/** The 2025 draft read what-if (#22–23). */
export const DRAFT = postRulesFor(
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
export const JILIN = postRulesFor('jilin-2022');

export const START = '2024-06-01';
export const PLAN = { approved: true, effectiveFrom: '2023-01-01' };

/** A unit whose grades have these quotas and this many people on normal posts. */
export function unit(
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

export const person = (over: Partial<PersonPostFacts> = {}): PersonPostFacts => ({
  current: null,
  titleLevel: 'intermediate',
  newStaff: false,
  exchangeEntrant: false,
  dualRole: false,
  introducedTalent: false,
  ...over,
});

export const at = (grade: PostGrade, since = '2020-01-01') => ({ grade, since });
export const request = (
  kind: AppointmentRequest['kind'],
  grade: number,
  over: Partial<AppointmentRequest> = {},
): AppointmentRequest => ({
  kind,
  grade,
  startDate: START,
  ...over,
});
export const facts = (p: PersonPostFacts, u: UnitPostFacts): AppointmentFacts => ({ person: p, unit: u });
export const failing = (check: ReturnType<typeof checkAppointment>) =>
  check.findings.map((f) => f.key.replace('posts.appointment.', ''));

/** 中级 8/9/10 with one vacancy at each grade. */
export const OPEN = unit({ 8: 2, 9: 2, 10: 2 }, { 8: 1, 9: 1, 10: 1 });
