import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS, POST_GRADES, type PostGrade, postGradesOf } from '../catalogue';
import { type BoardAppointment, computePostBoard, professionalVacancies } from './post-board';

const DAY = '2024-06-01';
const normal = (grade: PostGrade, extra: Partial<BoardAppointment> = {}): BoardAppointment => ({
  grade,
  kind: 'normal',
  start: '2020-01-01',
  ...extra,
});

describe('computePostBoard', () => {
  it('counts a 副高 level with a borrowed post, a special post, an ended and a future appointment', () => {
    const board = computePostBoard(
      new Map<PostGrade, number>([
        [5, 2],
        [6, 2],
        [7, 3],
      ]),
      [
        normal(5),
        normal(6),
        normal(6),
        normal(7),
        normal(7),
        normal(7),
        { grade: 7, kind: 'borrowed', borrowedFromGrade: 5, start: '2023-01-01' },
        { grade: 6, kind: 'special', start: '2022-01-01' },
        normal(7, { end: '2024-06-01' }),
        normal(6, { start: '2024-06-02' }),
      ],
      DAY,
    );
    expect(board.grades.get(5)).toEqual({
      quota: 2,
      occupied: 2,
      vacant: 0,
      over: 0,
      borrowedIn: 0,
      borrowedOut: 1,
      special: 0,
      people: 1,
    });
    expect(board.grades.get(6)).toEqual({
      quota: 2,
      occupied: 2,
      vacant: 0,
      over: 0,
      borrowedIn: 0,
      borrowedOut: 0,
      special: 1,
      people: 3,
    });
    expect(board.grades.get(7)).toEqual({
      quota: 3,
      occupied: 3,
      vacant: 0,
      over: 0,
      borrowedIn: 1,
      borrowedOut: 0,
      special: 0,
      people: 4,
    });
    expect(board.levels.get('associate-senior')).toMatchObject({
      quota: 7,
      occupied: 7,
      vacant: 0,
      netOver: 0,
      people: 8,
    });
    expect(professionalVacancies(board)).toBe(0);
  });

  it('nets a level: an excess at one grade against a vacancy at another (what 退二进一 reads)', () => {
    const board = computePostBoard(
      new Map<PostGrade, number>([
        [8, 1],
        [9, 1],
      ]),
      [normal(8), normal(8), normal(8)],
      DAY,
    );
    expect(board.grades.get(8)).toMatchObject({ occupied: 3, over: 2, vacant: 0 });
    expect(board.grades.get(9)).toMatchObject({ occupied: 0, over: 0, vacant: 1 });
    expect(board.levels.get('intermediate')).toMatchObject({ over: 2, vacant: 1, netOver: 1 });
    expect(professionalVacancies(board)).toBe(0);
  });
});

const grade = fc.constantFrom(...POST_GRADES);
const day = fc
  .integer({ min: 0, max: 3000 })
  .map((n) => new Date(Date.UTC(2018, 0, 1 + n)).toISOString().slice(0, 10));
const appointment: fc.Arbitrary<BoardAppointment> = fc
  .record({
    grade,
    kind: fc.constantFrom('normal', 'borrowed', 'special') as fc.Arbitrary<BoardAppointment['kind']>,
    lender: grade,
    start: day,
    end: fc.option(day, { nil: null }),
  })
  .map(({ lender, ...a }) => (a.kind === 'borrowed' ? { ...a, borrowedFromGrade: lender } : a));
const quotas = fc
  .array(fc.tuple(grade, fc.integer({ min: 0, max: 30 })))
  .map((entries) => new Map<PostGrade, number>(entries));

describe('board figures (property)', () => {
  it('add up per grade and per level, and count every current person once', () => {
    fc.assert(
      fc.property(quotas, fc.array(appointment, { maxLength: 60 }), day, (q, appointments, asOf) => {
        const board = computePostBoard(q, appointments, asOf);
        const current = appointments.filter((a) => a.start <= asOf && (!a.end || asOf < a.end));
        let people = 0;
        for (const g of POST_GRADES) {
          const row = board.grades.get(g)!;
          expect(row.quota).toBe(q.get(g) ?? 0);
          expect(row.occupied + row.vacant - row.over).toBe(row.quota);
          expect(Math.min(row.vacant, row.over)).toBe(0);
          expect(row.people).toBe(row.occupied - row.borrowedOut + row.borrowedIn + row.special);
          people += row.people;
        }
        expect(people).toBe(current.length);
        const lent = [...board.grades.values()].reduce((s, r) => s + r.borrowedOut, 0);
        const borrowed = [...board.grades.values()].reduce((s, r) => s + r.borrowedIn, 0);
        expect(lent).toBe(borrowed);
        for (const level of LEVELS) {
          const row = board.levels.get(level)!;
          const rows = postGradesOf(level).map((g) => board.grades.get(g)!);
          expect(row.quota).toBe(rows.reduce((s, r) => s + r.quota, 0));
          expect(row.netOver).toBe(Math.max(0, row.occupied - row.quota));
          expect(row.netOver).toBeLessThanOrEqual(row.over);
        }
      }),
    );
  });
});
