import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import { createPerson, type Session, signIn } from '../../../test/helpers/factories';
import { approvePlan, buildPostWorld, realisticPlan } from '../../../test/helpers/post-plans';
import { addDays } from '../../domain/calendar';
import { POST_GRADES } from '../../domain/catalogue';
import { insertAppointment } from './appointments.repository';
import { unitBoardAt } from './post-board.service';
import { recountStaleBoards, rowsOf } from './post-statistics.repository';

const s = appSuite({ loginRateLimitPerMinute: 10_000 }, buildPostWorld);
const requests = signedInRequests(() => s.t);
const { get, post } = requests;
const START = new Date('2026-03-02T02:00:00Z');
afterEach(() => s.t.clock.set(START));

interface SummaryUnit {
  organisation_id: string;
  as_of: string;
  valid_until: string | null;
  plan_id: string | null;
}
interface SummaryCount {
  grade: number;
  quota: number;
  normal: number;
  borrowed_in: number;
  borrowed_out: number;
  special: number;
}

/**
 * The summary's invariant: every unit's rows equal its board (`computePostBoard` over the plan in
 * force and the filed appointments, as the board route counts) on the first and the last day of
 * the interval the summary claims to hold for.
 */
async function expectSummaryHolds() {
  const db = s.t.database.db;
  const units = await rowsOf<SummaryUnit>(
    db,
    sql`select organisation_id, as_of::text, valid_until::text, plan_id from post_board_units`,
  );
  expect(units.length).toBeGreaterThan(0);
  for (const unit of units) {
    // A unit marked stale (an empty interval) claims nothing until a read recounts it.
    if (unit.valid_until !== null && unit.valid_until <= unit.as_of) continue;
    const counts = await rowsOf<SummaryCount>(
      db,
      sql`select * from post_board_counts where organisation_id = ${unit.organisation_id}`,
    );
    const days = [unit.as_of, ...(unit.valid_until ? [addDays(unit.valid_until, -1)] : [])];
    for (const day of days) {
      const { plan, board } = await unitBoardAt(db, unit.organisation_id, day);
      expect(unit.plan_id, `plan of ${unit.organisation_id} on ${day}`).toBe(plan?.id ?? null);
      for (const grade of POST_GRADES) {
        const c = counts.find((r) => r.grade === grade);
        const row = board.grades.get(grade)!;
        expect(
          {
            quota: c?.quota ?? 0,
            occupied: (c?.normal ?? 0) + (c?.borrowed_out ?? 0),
            borrowedIn: c?.borrowed_in ?? 0,
            borrowedOut: c?.borrowed_out ?? 0,
            special: c?.special ?? 0,
          },
          `${unit.organisation_id} grade ${grade} on ${day}`,
        ).toEqual({
          quota: row.quota,
          occupied: row.occupied,
          borrowedIn: row.borrowedIn,
          borrowedOut: row.borrowedOut,
          special: row.special,
        });
      }
    }
  }
  return units;
}

/** The department and the bureau after the clock moved (sessions idle out), signed in again. */
async function officials() {
  const [department, hr] = await Promise.all(
    (
      [
        ['department', s.w.orgs.department.id],
        ['hr', s.w.orgs.hrBureau.id],
      ] as const
    ).map(([role, organisationId]) =>
      signIn(s.t, { roles: [role], organisationId, jurisdictionCode: '210300' }),
    ),
  );
  return { department: department!, hr: hr! };
}

/** Takes a draft through publicity, review and filing; the clock ends after the publicity. */
async function fileThroughTheChain(unit: { session: Session }, id: string, document: string) {
  const proposed = await post(unit.session, `/api/v1/appointments/${id}/propose`, {});
  expect(proposed.statusCode, proposed.body).toBe(200);
  s.t.clock.set(new Date(`${addDays(proposed.json().publicityUntil, 1)}T02:00:00Z`));
  const { department, hr } = await officials();
  const reviewed = await post(department, `/api/v1/appointments/${id}/review`, {});
  expect(reviewed.statusCode, reviewed.body).toBe(200);
  const filed = await post(hr, `/api/v1/appointments/${id}/file`, { approvalDocument: document });
  expect(filed.statusCode, filed.body).toBe(200);
}

describe('岗位数字汇总（随每次变动更新）', () => {
  it('equals the recount after approval, filing, ending, supersession and the days passing', async () => {
    const unit = await s.w.unit();
    await approvePlan(requests, s.w, unit.session);
    const afterApproval = await expectSummaryHolds();
    expect(afterApproval.find((u) => u.organisation_id === unit.id)?.plan_id).not.toBeNull();

    // Filing a first appointment that starts in a month: today's figures do not move, the interval ends then.
    const person = await createPerson(s.t.database.db, s.t.cipher, {
      organisationId: unit.id,
      titles: [{ series: 'health', level: 'intermediate', specialty: '内科', obtainedOn: '2015-06-01' }],
    });
    const draft = await post(unit.session, '/api/v1/appointments', {
      personId: person.id,
      kind: 'first',
      grade: 10,
      startDate: '2026-04-01',
      person: { newStaff: true },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    await fileThroughTheChain(unit, draft.json().id, '鞍人社聘备〔2026〕21号');
    const afterFiling = await expectSummaryHolds();
    expect(afterFiling.find((u) => u.organisation_id === unit.id)?.valid_until).toBe('2026-04-01');

    // The day comes: a read recounts the unit, and the post is occupied.
    s.t.clock.set(new Date('2026-04-02T02:00:00Z'));
    expect(await recountStaleBoards(s.t.database.db, '2026-04-02')).toBeGreaterThan(0);
    await expectSummaryHolds();
    const { hr: later } = await officials();
    const monitored = (await get(later, '/api/v1/post-monitoring/units?pageSize=200')).json();
    const grades = monitored.items.find((u: { unitId: string }) => u.unitId === unit.id).grades;
    expect(grades.find((g: { grade: number }) => g.grade === 10)).toMatchObject({ occupied: 1, vacant: 8 });

    // 解除聘用 from May: filed through the chain, the appointment ends and the interval ends with it.
    const clerk = await signIn(s.t, {
      roles: ['employer'],
      organisationId: unit.id,
      jurisdictionCode: '210300',
    });
    const ending = await post(clerk, `/api/v1/appointments/${draft.json().id}/end`, {
      endDate: '2026-05-01',
      reason: '聘用合同期满不再续聘',
    });
    expect(ending.statusCode, ending.body).toBe(201);
    await fileThroughTheChain({ session: clerk }, ending.json().id, '鞍人社聘备〔2026〕35号');
    const afterEnding = await expectSummaryHolds();
    expect(afterEnding.find((u) => u.organisation_id === unit.id)?.valid_until).toBe('2026-05-01');

    // A new plan version from July supersedes the first: figures change that day.
    s.t.clock.set(new Date('2026-04-20T02:00:00Z'));
    const { department, hr } = await officials();
    const clerkAgain = await signIn(s.t, {
      roles: ['employer'],
      organisationId: unit.id,
      jurisdictionCode: '210300',
    });
    const quotas = realisticPlan().gradeQuotas.map((g) =>
      g.grade === 12 ? { grade: 12, quota: 21 } : g.grade === 13 ? { grade: 13, quota: 13 } : g,
    );
    await approvePlan(requests, { ...s.w, sessions: { ...s.w.sessions, department } }, clerkAgain, hr, {
      effectiveFrom: '2026-07-01',
      gradeQuotas: quotas,
    });
    await expectSummaryHolds();
    s.t.clock.set(new Date('2026-07-01T02:00:00Z'));
    await recountStaleBoards(s.t.database.db, '2026-07-01');
    const inJuly = await expectSummaryHolds();
    const plans = (await get((await officials()).hr, `/api/v1/post-plans?organisationId=${unit.id}`)).json();
    const current = plans.items.find((p: { state: string }) => p.state === 'approved');
    expect(inJuly.find((u) => u.organisation_id === unit.id)?.plan_id).toBe(current.id);
  });
});

describe('岗位数字汇总：仓储层写入', () => {
  it('marks the unit stale when a filed row is written outside the step services, and the next read recounts it', async () => {
    const unit = await s.w.unit();
    const planId = await approvePlan(requests, s.w, unit.session);
    const person = await createPerson(s.t.database.db, s.t.cipher, { organisationId: unit.id });
    await insertAppointment(s.t.database.db, {
      personId: person.id,
      organisationId: unit.id,
      planId,
      kind: 'special',
      grade: 5,
      boardKind: 'special',
      startDate: '2026-02-01',
      state: 'filed',
      source: 'unit',
    });
    const [marked] = await rowsOf<SummaryUnit>(
      s.t.database.db,
      sql`select as_of::text, valid_until::text from post_board_units where organisation_id = ${unit.id}`,
    );
    expect(marked!.valid_until).toBe(marked!.as_of);
    const special = (
      await get(s.w.sessions.hr, '/api/v1/post-monitoring/lists/special-posts?pageSize=200')
    ).json();
    expect(special.items).toContainEqual(expect.objectContaining({ unitId: unit.id, figure: 1 }));
    await expectSummaryHolds();
  });
});
