import { and, asc, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import { type Session, signIn } from '../../../test/helpers/factories';
import {
  approvePlan,
  buildPostWorld,
  type RecordedTitle,
  realisticPlan,
  staffMemberOf,
} from '../../../test/helpers/post-plans';
import { appointments, auditEvents, postPlans } from '../../db/schema';
import { addDays } from '../../domain/calendar';
import { replaceLines, supersedeApproved } from './post-plans.repository';

/**
 * The paths of the appointment workflow the main tests leave out: an ending on the board, a
 * replacement seen on boards before and after, HR's re-check at filing, two approvals racing,
 * a wait the unit accepts, and the retirement date with the 2025 raise.
 */
const s = appSuite({ loginRateLimitPerMinute: 10_000 }, buildPostWorld);
const requests = signedInRequests(() => s.t);
const { get, post } = requests;
const START = new Date('2026-03-02T02:00:00Z');
afterEach(() => s.t.clock.set(START));

type Unit = { id: string; session: Session; planId: string; jurisdictionCode: string };
const intermediate: RecordedTitle[] = [
  { series: 'health', level: 'intermediate', specialty: '内科', obtainedOn: '2015-06-01' },
];

/** A 鞍山 unit without a competent department (HR files straight after the publicity), its plan approved from 2026-01-01. */
async function unitWithPlan(jurisdictionCode = '210300', approver = s.w.sessions.hr): Promise<Unit> {
  const unit = await s.w.unit({ departmentId: null, jurisdictionCode });
  const planId = await approvePlan(requests, s.w, unit.session, approver);
  return { ...unit, planId, jurisdictionCode };
}

/** A person of the unit; with `held`, already in a filed post (as if filed before the system). */
const staffMember = (unit: Unit, options: Parameters<typeof staffMemberOf>[2] = {}) =>
  staffMemberOf(s.t, unit, options);

async function drafted(unit: Unit, body: Record<string, unknown>) {
  const response = await post(unit.session, '/api/v1/appointments', { startDate: '2026-04-01', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

async function proposed(unit: Unit, id: string) {
  const response = await post(unit.session, `/api/v1/appointments/${id}/propose`, {});
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { publicityUntil: string };
}

/** The day after the publicity: the sessions have idled out, so the bureau signs in again. */
async function hrAfter(publicityUntil: string, jurisdictionCode = '210300') {
  s.t.clock.set(new Date(`${addDays(publicityUntil, 1)}T02:00:00Z`));
  const bureau = jurisdictionCode === '210300' ? s.w.orgs.hrBureau : s.w.orgs.liaoyangBureau;
  return signIn(s.t, { roles: ['hr'], organisationId: bureau.id, jurisdictionCode });
}

/** A second officer of the city bureau, signed in now. */
const anotherOfficer = () =>
  signIn(s.t, { roles: ['hr'], organisationId: s.w.orgs.hrBureau.id, jurisdictionCode: '210300' });

/** The unit's next plan version from 2026-07-01, drafted and submitted (no department: it waits for HR). */
async function nextVersionReviewed(unit: Unit) {
  const next = await post(unit.session, '/api/v1/post-plans', realisticPlan({ effectiveFrom: '2026-07-01' }));
  expect(next.statusCode, next.body).toBe(201);
  const id = next.json().id as string;
  expect((await post(unit.session, `/api/v1/post-plans/${id}/submit`, {})).json().state).toBe('reviewed');
  return id;
}

const file = (hr: Session, id: string, approvalDocument = '鞍人社聘备〔2026〕9号') =>
  post(hr, `/api/v1/appointments/${id}/file`, { approvalDocument });

/** Occupied and vacant posts of a grade on the unit's board of a day. */
async function gradeOn(session: Session, unitId: string, day: string, grade: number) {
  const board = await get(session, `/api/v1/post-boards/${unitId}?asOf=${day}`);
  expect(board.statusCode, board.body).toBe(200);
  const row = board.json().grades.find((g: { grade: number }) => g.grade === grade);
  return { occupied: row.occupied as number, vacant: row.vacant as number };
}

const rowOf = async (id: string) =>
  (await s.t.database.db.select().from(appointments).where(eq(appointments.id, id)))[0]!;

/** A record's audit trail in the order it was written. */
const auditOf = async (entityId: string) =>
  (
    await s.t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, entityId))
      .orderBy(asc(auditEvents.seq))
  ).map((e) => e.action);

describe('岗位聘用：解除、更替与备案复核', () => {
  it('files an ending: the post is held up to the day before the end date and free from it', async () => {
    const unit = await unitWithPlan();
    const { heldId } = await staffMember(unit, { held: { grade: 10, since: '2020-01-01' } });
    const ending = await post(unit.session, `/api/v1/appointments/${heldId}/end`, {
      endDate: '2026-06-01',
      reason: '聘用合同期满，本人不再续聘',
    });
    expect(ending.statusCode, ending.body).toBe(201);
    const endingId = ending.json().id as string;
    // Until it is filed, the ending changes nothing.
    expect(await gradeOn(unit.session, unit.id, '2026-06-01', 10)).toEqual({ occupied: 1, vacant: 8 });

    const hr = await hrAfter((await proposed(unit, endingId)).publicityUntil);
    const filed = await file(hr, endingId);
    expect(filed.statusCode, filed.body).toBe(200);
    expect(await rowOf(heldId!)).toMatchObject({ state: 'ended', endDate: '2026-06-01' });
    expect(await rowOf(endingId)).toMatchObject({
      state: 'filed',
      startDate: '2026-06-01',
      endDate: '2026-06-01',
    });
    expect(await auditOf(heldId!)).toEqual(['appointment.ended']);

    expect(await gradeOn(hr, unit.id, '2026-03-01', 10)).toEqual({ occupied: 1, vacant: 8 });
    expect(await gradeOn(hr, unit.id, '2026-05-31', 10)).toEqual({ occupied: 1, vacant: 8 });
    expect(await gradeOn(hr, unit.id, '2026-06-01', 10)).toEqual({ occupied: 0, vacant: 9 });
    expect(await gradeOn(hr, unit.id, '2026-12-31', 10)).toEqual({ occupied: 0, vacant: 9 });
    // A filed ending cannot be ended again, nor the post it closed.
    const clerk = await signIn(s.t, {
      roles: ['employer'],
      organisationId: unit.id,
      jurisdictionCode: '210300',
    });
    for (const closed of [endingId, heldId])
      expect(
        (
          await post(clerk, `/api/v1/appointments/${closed}/end`, {
            endDate: '2026-07-01',
            reason: '再次解除',
          })
        ).statusCode,
      ).toBe(409);
  });

  it('replaces the old post at a new level on the new start date, and the boards before and after show it', async () => {
    const unit = await unitWithPlan();
    const titles = [
      ...intermediate,
      { series: 'health', level: 'associate-senior', specialty: '内科', obtainedOn: '2024-06-01' },
    ];
    const { personId, heldId } = await staffMember(unit, {
      titles,
      held: { grade: 10, since: '2016-01-01' },
    });
    const id = await drafted(unit, { personId, kind: 'new-level', grade: 7, startDate: '2026-04-01' });
    const hr = await hrAfter((await proposed(unit, id)).publicityUntil);
    // Proposed but not filed: the boards still show the old post only.
    expect(await gradeOn(hr, unit.id, '2026-04-01', 10)).toMatchObject({ occupied: 1 });
    expect(await gradeOn(hr, unit.id, '2026-04-01', 7)).toMatchObject({ occupied: 0 });

    expect((await file(hr, id)).statusCode).toBe(200);
    expect(await rowOf(heldId!)).toMatchObject({ state: 'ended', endDate: '2026-04-01' });
    expect(await gradeOn(hr, unit.id, '2026-03-31', 10)).toEqual({ occupied: 1, vacant: 8 });
    expect(await gradeOn(hr, unit.id, '2026-03-31', 7)).toEqual({ occupied: 0, vacant: 4 });
    expect(await gradeOn(hr, unit.id, '2026-04-01', 10)).toEqual({ occupied: 0, vacant: 9 });
    expect(await gradeOn(hr, unit.id, '2026-04-01', 7)).toEqual({ occupied: 1, vacant: 3 });
    const history = (await get(hr, `/api/v1/post-histories/${personId}`)).json();
    expect(history.map((a: { grade: number; state: string }) => [a.grade, a.state])).toEqual([
      [10, 'ended'],
      [7, 'filed'],
    ]);
  });

  it('checks again at filing: the last vacancy filled since the proposal is a 422 and nothing is written', async () => {
    const unit = await unitWithPlan();
    // Grade 10 has 9 posts: 8 are held, one is free when both proposals are made.
    for (let i = 0; i < 8; i++) await staffMember(unit, { held: { grade: 10, since: '2024-01-01' } });
    const first = await drafted(unit, {
      personId: (await staffMember(unit)).personId,
      kind: 'first',
      grade: 10,
      person: { newStaff: true },
    });
    const second = await drafted(unit, {
      personId: (await staffMember(unit)).personId,
      kind: 'first',
      grade: 10,
      person: { newStaff: true },
    });
    await proposed(unit, first);
    const { publicityUntil } = await proposed(unit, second);
    const hr = await hrAfter(publicityUntil);
    expect((await file(hr, first)).statusCode).toBe(200);

    const refused = await file(hr, second, '鞍人社聘备〔2026〕10号');
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'APPOINTMENT_REFUSED' });
    expect(refused.json().error.details.map((d: { key: string }) => d.key)).toContain(
      'posts.appointment.vacancy',
    );
    expect(await rowOf(second)).toMatchObject({ state: 'publicised', approvalDocument: null, endDate: null });
    expect(await auditOf(second)).toEqual(['appointment.drafted', 'appointment.proposed']);
    expect(await gradeOn(hr, unit.id, '2026-04-01', 10)).toEqual({ occupied: 9, vacant: 0 });
  });

  it('files only one of two proposals racing for the last vacancy: the other is a 422', async () => {
    const unit = await unitWithPlan();
    for (let i = 0; i < 8; i++) await staffMember(unit, { held: { grade: 10, since: '2024-01-01' } });
    const body = async () => ({
      personId: (await staffMember(unit)).personId,
      kind: 'first',
      grade: 10,
      person: { newStaff: true },
    });
    const ids = [await drafted(unit, await body()), await drafted(unit, await body())];
    for (const id of ids) await proposed(unit, id);
    const hr = await hrAfter((await rowOf(ids[1]!)).publicityUntil!);
    const officer = await anotherOfficer();
    const answers = await Promise.all([file(hr, ids[0]!), file(officer, ids[1]!, '鞍人社聘备〔2026〕11号')]);
    expect(answers.map((a) => a.statusCode).sort(), answers.map((a) => a.body).join('\n')).toEqual([
      200, 422,
    ]);
    expect(await gradeOn(hr, unit.id, '2026-04-01', 10)).toEqual({ occupied: 9, vacant: 0 });
  });

  it('lets one of two approvals racing for a unit’s plan through: the other is a 409 and one version is approved', async () => {
    const unit = await unitWithPlan();
    const id = await nextVersionReviewed(unit);
    const officer = await anotherOfficer();
    const answers = await Promise.all(
      [s.w.sessions.hr, officer].map((hr, i) =>
        post(hr, `/api/v1/post-plans/${id}/approve`, { approvalDocument: `鞍人社批〔2026〕${20 + i}号` }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const plans = await s.t.database.db.select().from(postPlans).where(eq(postPlans.organisationId, unit.id));
    expect(plans.map((p) => [p.version, p.state, p.effectiveUntil]).sort()).toEqual([
      [1, 'superseded', '2026-07-01'],
      [2, 'approved', null],
    ]);
    expect(await auditOf(id)).toEqual(['post-plan.drafted', 'post-plan.submitted', 'post-plan.approved']);
    expect(await auditOf(unit.planId)).toContain('post-plan.superseded');
  });

  it('an approval never supersedes a version approved meanwhile from the same day: the unique index answers 409', async () => {
    const unit = await unitWithPlan();
    // Two reviewed versions of one unit from the same day, as if two drafts had slipped past the
    // one-open-plan check: approving the second must not end the first the moment it began.
    const firstId = await nextVersionReviewed(unit);
    const [row] = await s.t.database.db.select().from(postPlans).where(eq(postPlans.id, firstId));
    const { id: _id, version: _v, ...copy } = row!;
    const [twin] = await s.t.database.db
      .insert(postPlans)
      .values({ ...copy, version: 3 })
      .returning();
    await replaceLines(s.t.database.db, twin!.id, realisticPlan());
    const answers = await Promise.all(
      [firstId, twin!.id].map((planId) =>
        post(s.w.sessions.hr, `/api/v1/post-plans/${planId}/approve`, {
          approvalDocument: '鞍人社批〔2026〕30号',
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort(), answers.map((a) => a.body).join('\n')).toEqual([
      200, 409,
    ]);
    const approved = await s.t.database.db
      .select()
      .from(postPlans)
      .where(and(eq(postPlans.organisationId, unit.id), eq(postPlans.state, 'approved')));
    expect(approved).toHaveLength(1);
    const [original] = await s.t.database.db.select().from(postPlans).where(eq(postPlans.id, unit.planId));
    expect(original).toMatchObject({ state: 'superseded', effectiveUntil: '2026-07-01' });

    // The check before the transaction can pass for both when they interleave; inside it, the
    // supersession ends only a version that began before the new one, so the second approval
    // meets the unique index instead of ending the first on the day it began.
    const db = s.t.database.db;
    const [winner] = approved;
    expect(await supersedeApproved(db, unit.id, winner!.effectiveFrom, START)).toBeUndefined();
    expect((await db.select().from(postPlans).where(eq(postPlans.id, winner!.id)))[0]).toMatchObject({
      state: 'approved',
      effectiveUntil: null,
    });
  });
});

describe('岗位聘用：仅差时间与退休时间', () => {
  it('names the earliest date without changing the draft; the unit accepts it and the proposal starts then', async () => {
    const unit = await unitWithPlan();
    const { personId } = await staffMember(unit, { held: { grade: 10, since: '2025-06-01' } });
    const id = await drafted(unit, { personId, kind: 'within-level', grade: 9 });
    const refused = await post(unit.session, `/api/v1/appointments/${id}/propose`, {});
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'APPOINTMENT_TOO_EARLY' });
    expect(refused.json().error.message).toContain('最早可于2027-06-01起聘用');
    expect(await rowOf(id)).toMatchObject({ state: 'draft', startDate: '2026-04-01' });
    expect(await auditOf(id)).toEqual(['appointment.drafted']);

    const accepted = await post(unit.session, `/api/v1/appointments/${id}/propose`, {
      acceptEarliestDate: true,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'publicised', startDate: '2027-06-01' });
    expect(accepted.json().check).toMatchObject({ allowed: true });
    const [event] = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'appointment.proposed')));
    expect(event!.data).toMatchObject({ startDate: { from: '2026-04-01', to: '2027-06-01' } });
  });

  it('accepting the earliest date does not pass a proposal that fails for more than time', async () => {
    const unit = await unitWithPlan();
    const assistant = [{ series: 'health', level: 'assistant', specialty: '内科', obtainedOn: '2018-06-01' }];
    const { personId } = await staffMember(unit, {
      titles: assistant,
      held: { grade: 12, since: '2019-01-01' },
    });
    const id = await drafted(unit, { personId, kind: 'new-level', grade: 9 });
    const refused = await post(unit.session, `/api/v1/appointments/${id}/propose`, {
      acceptEarliestDate: true,
    });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.code).toBe('APPOINTMENT_REFUSED');
    expect(await rowOf(id)).toMatchObject({ state: 'draft', startDate: '2026-04-01' });
  });

  it('reads the retirement date with the 2025 raise: a man born 1966-06 may still be promoted in Liaoyang in 2026-04', async () => {
    // Born 1966-06-15: 60 years 5 months, so he retires 2026-11-15 — more than the half year
    // Liaoyang keeps (under the former age he would retire 2026-06-15 and be refused).
    const unit = await unitWithPlan('211000', s.w.sessions.liaoyangHr);
    const held = { grade: 10, since: '2020-01-01' };
    const { personId } = await staffMember(unit, { birthDate: '1966-06-15', held });
    const answer = await post(unit.session, '/api/v1/appointments/check', {
      personId,
      kind: 'within-level',
      grade: 9,
      startDate: '2026-04-01',
    });
    expect(answer.json()).toMatchObject({ allowed: true });
    const later = await post(unit.session, '/api/v1/appointments/check', {
      personId,
      kind: 'within-level',
      grade: 9,
      startDate: '2026-06-01',
    });
    expect(later.json().allowed).toBe(false);
    expect(later.json().findings[0].reason).toContain('2026-11-15');
  });
});
