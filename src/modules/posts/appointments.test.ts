import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import { type Session, signIn } from '../../../test/helpers/factories';
import { approvePlan, buildPostWorld, staffMemberOf } from '../../../test/helpers/post-plans';
import { appointments } from '../../db/schema';
import { addDays } from '../../domain/calendar';

const s = appSuite({ loginRateLimitPerMinute: 10_000 }, buildPostWorld);
const requests = signedInRequests(() => s.t);
const { get, post, patch } = requests;
const START = new Date('2026-03-02T02:00:00Z');
afterEach(() => s.t.clock.set(START));

type Unit = { id: string; session: Session };
const intermediate = [
  { series: 'health', level: 'intermediate', specialty: '内科', obtainedOn: '2015-06-01' },
];

/** A unit of 鞍山 (anshan-2023) with the realistic plan approved from 2026-01-01. */
async function anshanUnit() {
  const unit = await s.w.unit();
  const planId = await approvePlan(requests, s.w, unit.session);
  return { ...unit, planId };
}

/** A person of the unit, with an already filed post when `held` names it. */
async function staffMember(
  unit: Unit & { planId: string },
  options: { titles?: typeof intermediate; birthDate?: string; held?: { grade: number; since: string } } = {},
) {
  return (await staffMemberOf(s.t, unit, options)).personId;
}

const rowsOf = (unitId: string) =>
  s.t.database.db.select().from(appointments).where(eq(appointments.organisationId, unitId));

async function draft(unit: Unit, body: Record<string, unknown>) {
  const response = await post(unit.session, '/api/v1/appointments', { startDate: '2026-04-01', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; state: string; check: { findings: { key: string }[] } };
}

const keys = (details: { key: string }[]) => details.map((d) => d.key.replace('posts.appointment.', ''));

describe('岗位聘用：提交、公示、审核、备案', () => {
  it('refuses a within-level promotion before the interval with the earliest date, leaving the draft as it was', async () => {
    const unit = await anshanUnit();
    const personId = await staffMember(unit, { held: { grade: 10, since: '2025-06-01' } });
    const { id } = await draft(unit, { personId, kind: 'within-level', grade: 9 });
    const refused = await post(unit.session, `/api/v1/appointments/${id}/propose`, {});
    expect(refused.statusCode, refused.body).toBe(422);
    const { error } = refused.json();
    expect(error.code).toBe('APPOINTMENT_TOO_EARLY');
    expect(error.message).toContain('2027-06-01');
    expect(error.details).toEqual([
      expect.objectContaining({ key: 'posts.appointment.interval', from: '2027-06-01' }),
    ]);
    expect(error.details[0].citations.length).toBeGreaterThan(0);
    // The unit decides whether to wait: the refusal changes nothing (appointment-edge-cases.test.ts
    // covers accepting the date).
    const kept = (await get(unit.session, `/api/v1/appointments/${id}`)).json();
    expect(kept).toMatchObject({ state: 'draft', startDate: '2026-04-01' });
  });

  it('refuses a first post at a new level above its lowest grade and without the title: both findings with citations', async () => {
    const unit = await anshanUnit();
    const assistant = [{ series: 'health', level: 'assistant', specialty: '内科', obtainedOn: '2018-06-01' }];
    const personId = await staffMember(unit, { titles: assistant, held: { grade: 12, since: '2019-01-01' } });
    const body = { personId, kind: 'new-level', grade: 9, startDate: '2026-04-01' };
    const dry = await post(unit.session, '/api/v1/appointments/check', body);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(keys(dry.json().findings)).toEqual(['title-for-level', 'lowest-grade-first']);
    const { id } = await draft(unit, body);
    const refused = await post(unit.session, `/api/v1/appointments/${id}/propose`, {});
    expect(refused.statusCode, refused.body).toBe(422);
    const { error } = refused.json();
    expect(error.code).toBe('APPOINTMENT_REFUSED');
    expect(keys(error.details)).toEqual(['title-for-level', 'lowest-grade-first']);
    for (const d of error.details) expect(d.citations.length).toBeGreaterThan(0);
    expect((await get(unit.session, `/api/v1/appointments/${id}`)).json().state).toBe('draft');
  });

  it('takes a valid first appointment through publicity, review and filing, and the board shows the post occupied', async () => {
    const unit = await anshanUnit();
    const personId = await staffMember(unit);
    const { id } = await draft(unit, { personId, kind: 'first', grade: 10, person: { newStaff: true } });
    const proposed = await post(unit.session, `/api/v1/appointments/${id}/propose`, {});
    expect(proposed.statusCode, proposed.body).toBe(200);
    const { publicityUntil, state } = proposed.json();
    expect(state).toBe('publicised');
    expect(publicityUntil > '2026-03-02').toBe(true);

    const early = await post(s.w.sessions.department, `/api/v1/appointments/${id}/review`, {});
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json().error.message).toContain(`公示期至${publicityUntil}止`);
    // While the publicity runs the department is not offered a step that can only fail.
    const during = (await get(s.w.sessions.department, `/api/v1/appointments/${id}`)).json();
    expect(during.actions).toMatchObject({ review: false, return: true });

    // A week on, the world's sessions have idled out: the department and the bureau sign in again.
    s.t.clock.set(new Date(`${addDays(publicityUntil, 1)}T02:00:00Z`));
    const department = await signIn(s.t, {
      roles: ['department'],
      organisationId: s.w.orgs.department.id,
      jurisdictionCode: '210300',
    });
    const hr = await signIn(s.t, {
      roles: ['hr'],
      organisationId: s.w.orgs.hrBureau.id,
      jurisdictionCode: '210300',
    });
    const queue = await get(department, '/api/v1/appointments?state=publicised');
    expect(queue.json().items.find((a: { id: string }) => a.id === id).actions.review).toBe(true);
    const reviewed = await post(department, `/api/v1/appointments/${id}/review`, {});
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json().actions.review).toBe(false);
    const hrQueue = (await get(hr, '/api/v1/appointments?state=reviewed')).json();
    expect(hrQueue.items.find((a: { id: string }) => a.id === id).actions.file).toBe(true);
    const filed = await post(hr, `/api/v1/appointments/${id}/file`, {
      approvalDocument: '鞍人社聘备〔2026〕3号',
    });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json()).toMatchObject({ state: 'filed', approvalDocument: '鞍人社聘备〔2026〕3号' });
    // 解除聘用 is offered to the unit on its filed post, to nobody else.
    expect(filed.json().actions.end).toBe(false);
    const clerk = await signIn(s.t, {
      roles: ['employer'],
      organisationId: unit.id,
      jurisdictionCode: '210300',
    });
    expect((await get(clerk, `/api/v1/appointments/${id}`)).json().actions.end).toBe(true);

    const board = (await get(hr, `/api/v1/post-boards/${unit.id}?asOf=2026-04-01`)).json();
    expect(board.grades.find((g: { grade: number }) => g.grade === 10)).toMatchObject({
      occupied: 1,
      vacant: 8,
    });
    const history = await get(hr, `/api/v1/post-histories/${personId}`);
    expect(history.json().map((a: { id: string }) => a.id)).toContain(id);
  });

  it('returns a proposal with reasons; the unit corrects it and proposes again', async () => {
    const unit = await anshanUnit();
    const personId = await staffMember(unit);
    const { id } = await draft(unit, { personId, kind: 'first', grade: 10, person: { newStaff: true } });
    await post(unit.session, `/api/v1/appointments/${id}/propose`, {});
    const returned = await post(s.w.sessions.department, `/api/v1/appointments/${id}/return`, {
      reasons: ['请补充公示情况说明'],
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ state: 'returned', returnReasons: ['请补充公示情况说明'] });
    // The unit's form reopens on the request as written, its statements about the person included.
    expect(returned.json().request).toMatchObject({ kind: 'first', grade: 10, person: { newStaff: true } });
    const edited = await patch(unit.session, `/api/v1/appointments/${id}`, {
      personId,
      kind: 'first',
      grade: 10,
      startDate: '2026-05-01',
      person: { newStaff: true },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const again = await post(unit.session, `/api/v1/appointments/${id}/propose`, {});
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ state: 'publicised', startDate: '2026-05-01', returnReasons: [] });
  });

  it('applies the half-year retirement rule in Liaoyang and not in Anshan, which cancels it', async () => {
    const born = '1966-01-15'; // a man: retires at 60 years 4 months (the 2025 raise), 2026-05-15, under two months after the start
    const anshan = await anshanUnit();
    const a = await staffMember(anshan, { birthDate: born, held: { grade: 10, since: '2020-01-01' } });
    const inAnshan = await post(anshan.session, '/api/v1/appointments/check', {
      personId: a,
      kind: 'within-level',
      grade: 9,
      startDate: '2026-04-01',
    });
    expect(inAnshan.json()).toMatchObject({ allowed: true, findings: [] });

    const liaoyangUnit = await s.w.unit({ jurisdictionCode: '211000', departmentId: null });
    const planId = await approvePlan(requests, s.w, liaoyangUnit.session, s.w.sessions.liaoyangHr);
    const l = await staffMember(
      { ...liaoyangUnit, planId },
      { birthDate: born, held: { grade: 10, since: '2020-01-01' } },
    );
    const inLiaoyang = await post(liaoyangUnit.session, '/api/v1/appointments/check', {
      personId: l,
      kind: 'within-level',
      grade: 9,
      startDate: '2026-04-01',
    });
    expect(inLiaoyang.json().allowed).toBe(false);
    expect(keys(inLiaoyang.json().findings)).toEqual(['retirement']);
  });

  it('keeps appointments within their scope: 404 to strangers, 403 to a bureau above', async () => {
    const unit = await anshanUnit();
    const personId = await staffMember(unit);
    const { id } = await draft(unit, { personId, kind: 'first', grade: 10, person: { newStaff: true } });
    const other = await s.w.unit();
    expect((await get(other.session, `/api/v1/appointments/${id}`)).statusCode).toBe(404);
    expect((await get(s.w.sessions.hr, `/api/v1/appointments/${id}`)).statusCode).toBe(404); // a draft is the unit's
    await post(unit.session, `/api/v1/appointments/${id}/propose`, {});
    const byOtherDepartment = await post(
      s.w.sessions.otherDepartment,
      `/api/v1/appointments/${id}/review`,
      {},
    );
    expect(byOtherDepartment.statusCode).toBe(404);
    const document = { approvalDocument: '辽人社聘备〔2026〕1号' };
    expect(
      (await post(s.w.sessions.liaoyangHr, `/api/v1/appointments/${id}/file`, document)).statusCode,
    ).toBe(404);
    const above = await post(s.w.sessions.provinceHr, `/api/v1/appointments/${id}/file`, document);
    expect(above.statusCode).toBe(403);
    expect(above.json().error.message).toContain('无权');
    // The approving bureau files only what the department has reviewed.
    expect((await post(s.w.sessions.hr, `/api/v1/appointments/${id}/file`, document)).statusCode).toBe(409);
    expect((await get(other.session, `/api/v1/post-histories/${personId}`)).json()).toEqual([]);
  });

  it('refuses bad input in Chinese and writes nothing', async () => {
    const unit = await anshanUnit();
    const personId = await staffMember(unit);
    const base = { personId, kind: 'first', grade: 10, person: { newStaff: true } };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, grade: 14 }, '等级'],
      [{ ...base, startDate: '2025-06-01' }, '早于岗位设置方案生效日期2026-01-01'],
      [{ ...base, personId: '00000000-0000-4000-8000-000000000000' }, '拟聘人员不存在'],
      [{ ...base, kind: 'promotion' }, '聘用类型不正确'],
    ];
    for (const [body, message] of cases) {
      const response = await post(unit.session, '/api/v1/appointments', { startDate: '2026-04-01', ...body });
      expect(response.statusCode, response.body).toBe(400);
      expect(JSON.stringify(response.json().error)).toContain(message);
    }
    expect(await rowsOf(unit.id)).toHaveLength(0);
  });
});
