import { describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import { createPerson, type Session } from '../../../test/helpers/factories';
import { buildPostWorld, realisticPlan } from '../../../test/helpers/post-plans';
import type { NewAppointmentRecord } from '../../db/schema';
import { insertAppointment } from './appointments.repository';

const s = appSuite({ loginRateLimitPerMinute: 10_000 }, buildPostWorld);
const { get, post } = signedInRequests(() => s.t);

async function approvedPlan(session: Session) {
  const draft = await post(session, '/api/v1/post-plans', realisticPlan());
  const { id } = draft.json();
  await post(session, `/api/v1/post-plans/${id}/submit`, {});
  await post(s.w.sessions.department, `/api/v1/post-plans/${id}/review`, {});
  const done = await post(s.w.sessions.hr, `/api/v1/post-plans/${id}/approve`, {
    approvalDocument: '鞍人社批〔2026〕50号',
  });
  expect(done.statusCode, done.body).toBe(200);
  return id as string;
}

/** A grade's row of the board: its figures by name. */
type Row = Record<string, number>;

describe('岗位设置情况（岗位看板）', () => {
  it('shows every grade of an approved plan vacant while no appointment is filed', async () => {
    const unit = await s.w.unit();
    const planId = await approvedPlan(unit.session);
    const response = await get(unit.session, `/api/v1/post-boards/${unit.id}?asOf=2026-03-01`);
    expect(response.statusCode, response.body).toBe(200);
    const board = response.json();
    expect(board).toMatchObject({
      unit: { id: unit.id },
      asOf: '2026-03-01',
      plan: { id: planId, version: 1 },
    });
    expect(board.grades).toHaveLength(13);
    for (const row of board.grades as Row[]) {
      expect(row.occupied).toBe(0);
      expect(row.vacant).toBe(row.quota);
    }
    expect(board.grades.find((r: Row) => r.grade === 12)).toMatchObject({
      name: '专业技术12级',
      level: 'assistant',
      quota: 22,
    });
    expect(board.levels.find((l: { level: string }) => l.level === 'associate-senior')).toMatchObject({
      levelName: '副高级',
      quota: 8,
      vacant: 8,
      netOver: 0,
    });
    expect(board.specialPosts).toEqual([{ grade: 5, count: 1, reason: '引进省级领军人才' }]);
    // The department and the city's bureau read the same board.
    for (const reader of [s.w.sessions.department, s.w.sessions.hr])
      expect((await get(reader, `/api/v1/post-boards/${unit.id}?asOf=2026-03-01`)).json()).toEqual(board);
  });

  it('counts filed appointments current on the day (written through the repository, as the appointment workflow is not built yet)', async () => {
    const unit = await s.w.unit();
    const planId = await approvedPlan(unit.session);
    const db = s.t.database.db;
    const appoint = async (values: Partial<NewAppointmentRecord>) => {
      const person = await createPerson(db, s.t.cipher, { organisationId: unit.id });
      await insertAppointment(db, {
        personId: person.id,
        organisationId: unit.id,
        planId,
        kind: 'first',
        grade: 7,
        boardKind: 'normal',
        startDate: '2026-02-01',
        state: 'filed',
        source: 'unit',
        ...values,
      });
    };
    // Grade 7 (quota 4): five normal appointments, one over; one ended on the day (it still counts the day before).
    for (let i = 0; i < 5; i++) await appoint({});
    await appoint({ state: 'ended', endDate: '2026-03-01' });
    // Grade 6 (quota 3): one normal; a grade-7 person borrows a vacant grade-6 post.
    await appoint({ grade: 6, kind: 'within-level' });
    await appoint({ grade: 7, boardKind: 'borrowed', borrowedFromGrade: 6 });
    // A special post at grade 5, outside the quota; a draft and a later start do not count.
    await appoint({ grade: 5, boardKind: 'special', kind: 'special' });
    await appoint({ grade: 9, state: 'draft' });
    await appoint({ grade: 9, startDate: '2026-04-01' });

    const board = (await get(unit.session, `/api/v1/post-boards/${unit.id}?asOf=2026-03-01`)).json();
    const row = (grade: number) => board.grades.find((r: Row) => r.grade === grade);
    expect(row(7)).toMatchObject({ quota: 4, occupied: 5, vacant: 0, over: 1, borrowedIn: 1, people: 6 });
    expect(row(6)).toMatchObject({ quota: 3, occupied: 2, vacant: 1, borrowedOut: 1, people: 1 });
    expect(row(5)).toMatchObject({ quota: 1, occupied: 0, vacant: 1, special: 1, people: 1 });
    expect(row(9)).toMatchObject({ quota: 10, occupied: 0, vacant: 10 });
    // The level nets the excess at grade 7 against the vacancies at 5 and 6.
    expect(board.levels.find((l: { level: string }) => l.level === 'associate-senior')).toMatchObject({
      quota: 8,
      occupied: 7,
      over: 1,
      netOver: 0,
    });
    const before = (await get(unit.session, `/api/v1/post-boards/${unit.id}?asOf=2026-02-28`)).json();
    expect(before.grades.find((r: Row) => r.grade === 7)).toMatchObject({ occupied: 6, over: 2 });
  });

  it('answers a board without a plan in force with zero quotas, and refuses a malformed day', async () => {
    const unit = await s.w.unit();
    const board = (await get(unit.session, `/api/v1/post-boards/${unit.id}`)).json();
    expect(board.plan).toBeNull();
    expect(board.grades.every((r: Row) => r.quota === 0 && r.vacant === 0)).toBe(true);
    const bad = await get(unit.session, `/api/v1/post-boards/${unit.id}?asOf=2026-02-30`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('应为有效日期');
  });
});
