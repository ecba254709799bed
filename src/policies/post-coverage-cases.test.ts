import { describe, expect, it } from 'vitest';
import type { PostGrade } from '../domain/catalogue';
import { resolvePolicy } from '../domain/policy/resolve-policy';
import type { PersonPostFacts } from '../domain/posts/appointment';
import { person } from '../domain/posts/appointment.fixture';
import { checkAppointment } from '../domain/posts/appointment-guards';
import { computePostBoard } from '../domain/posts/post-board';
import { postRulesOf } from '../domain/posts/post-rules';
import { POLICY_LAYERS } from '.';

/**
 * Clauses the coverage maps point at the appointment guards of the shipped 2023 sets, beyond the
 * guards' own tests: special posts set for introduced talent and teams (anshan 五, liaoyang 二,
 * 三, 十四) and early regularisation of graduates at grassroots units (liaoyang 六).
 */
const DAY = '2023-06-01';
const rulesOf = (set: string) => postRulesOf(resolvePolicy(POLICY_LAYERS, set, DAY), 'city');
/** An introduced 副高 expert, newly recruited. */
const expert = (over: Partial<PersonPostFacts> = {}) =>
  person({ titleLevel: 'associate-senior', newStaff: true, introducedTalent: true, ...over });
/** A unit whose every graded post is taken. */
const fullUnit = () => ({
  plan: { approved: true, effectiveFrom: '2023-01-01' },
  board: computePostBoard(
    new Map<PostGrade, number>([
      [5, 1],
      [12, 1],
    ]),
    [
      { grade: 5, kind: 'normal', start: '2020-01-01' },
      { grade: 12, kind: 'normal', start: '2020-01-01' },
    ],
    DAY,
  ),
});

describe('post clauses of the 2023 city sets the guards decide', () => {
  it('appoint an introduced expert straight to a special 副高 post above the lowest grade, outside a full quota, once HR approves', () => {
    for (const set of ['anshan-2023', 'liaoyang-2023']) {
      const special = {
        kind: 'special' as const,
        grade: 5,
        startDate: DAY,
        reason: '引进海外科研团队负责人',
      };
      const bare = checkAppointment(special, { person: expert(), unit: fullUnit() }, rulesOf(set));
      expect(bare.findings.map((f) => f.key)).toEqual(['posts.appointment.special-approval']);
      const approved = checkAppointment(
        { ...special, approvalDocument: '鞍人社批〔2023〕12号' },
        { person: expert(), unit: fullUnit() },
        rulesOf(set),
      );
      expect(approved.allowed).toBe(true);
      // The same person on an ordinary post meets the quota and the lowest grade.
      const ordinary = checkAppointment(
        { kind: 'first', grade: 5, startDate: DAY },
        { person: expert(), unit: fullUnit() },
        rulesOf(set),
      );
      expect(ordinary.findings.map((f) => f.key).sort()).toEqual([
        'posts.appointment.lowest-grade-first',
        'posts.appointment.new-staff-vacancy',
        'posts.appointment.vacancy',
      ]);
    }
  });

  it('regularise a graduate recruited by a grassroots unit on the day of recruitment: no probation period blocks it (liaoyang 六)', () => {
    const unit = {
      plan: { approved: true, effectiveFrom: '2023-01-01' },
      board: computePostBoard(new Map<PostGrade, number>([[12, 2]]), [], DAY),
    };
    const graduate = expert({ titleLevel: 'assistant', introducedTalent: false });
    const check = checkAppointment(
      { kind: 'regularisation', grade: 12, startDate: DAY },
      { person: graduate, unit },
      rulesOf('liaoyang-2023'),
    );
    expect(check.allowed).toBe(true);
    expect(check.applied).toEqual([
      'posts.appointment.plan-in-force',
      'posts.appointment.grade-exists',
      'posts.appointment.kind-fits',
      'posts.appointment.vacancy',
      'posts.appointment.lowest-grade-first',
    ]);
  });
});
