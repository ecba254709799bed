import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import {
  createOrganisation,
  createPerson,
  createUser,
  type Session,
  signIn,
} from '../../../test/helpers/factories';
import { insertApprovedPlan } from '../../../test/helpers/grade-filings';
import { buildPostWorld } from '../../../test/helpers/post-plans';
import { auditEvents, gradeFilings } from '../../db/schema';
import { insertAppointment } from './appointments.repository';

const s = appSuite({ loginRateLimitPerMinute: 10_000 }, buildPostWorld);
const requests = signedInRequests(() => s.t);
const { get, post, patch } = requests;
const START = new Date('2026-03-02T02:00:00Z');
afterEach(() => s.t.clock.set(START));

const senior = [{ series: 'health', level: 'senior', specialty: '内科', obtainedOn: '2016-06-01' }];
const associate = [
  { series: 'health', level: 'associate-senior', specialty: '内科', obtainedOn: '2012-06-01' },
];
const STANDARD =
  '专业技术二级岗位评定标准：在本领域取得国内领先的重大业绩，任三级岗位期间年度考核均为合格以上。';

/** A unit of 辽阳 (liaoyang-2023 §十五) whose plan in force since 2026-01-01 has one grade-2 post and two grade-3 posts. */
async function liaoyangUnit() {
  const unit = await s.w.unit({ jurisdictionCode: '211000', departmentId: null });
  const db = s.t.database.db;
  const clerk = await createUser(db, {
    roles: ['employer'],
    organisationId: unit.id,
    jurisdictionCode: '211000',
  });
  const planId = await insertApprovedPlan(db, unit.id, clerk.id, { 2: 1, 3: 2, 4: 3 });
  return { ...unit, planId };
}

/** A person of the unit holding a filed post at `grade` since `since`. */
async function staff(unit: { id: string; planId: string }, grade: number, since: string, titles = senior) {
  const person = await createPerson(s.t.database.db, s.t.cipher, {
    organisationId: unit.id,
    titles,
    name: `参评${grade}级`,
  });
  await insertAppointment(s.t.database.db, {
    personId: person.id,
    organisationId: unit.id,
    planId: unit.planId,
    kind: 'first',
    grade,
    boardKind: 'normal',
    startDate: since,
    state: 'filed',
    source: 'unit',
  });
  return person.id;
}

async function draft(session: Session, candidates: string[], over: Record<string, unknown> = {}) {
  const response = await post(session, '/api/v1/grade-filings', {
    targetGrade: 2,
    standard: STANDARD,
    plannedDate: '2026-06-01',
    candidates,
    ...over,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; state: string; check: { problems: { key: string }[] } };
}

const promotion = (personId: string) => ({
  personId,
  kind: 'within-level',
  grade: 2,
  startDate: '2026-06-01',
});

describe('二级岗位评定：评前沟通、评后报告、备案核准', () => {
  it('takes a filing from 评前沟通 to 备案核准 with the provincial bureau; only then may the unit appoint to grade 2', async () => {
    const unit = await liaoyangUnit();
    const a = await staff(unit, 3, '2019-01-01');
    const { provinceHr } = s.w.sessions;

    const options = await get(
      unit.session,
      '/api/v1/grade-filings/options?targetGrade=2&plannedDate=2026-06-01',
    );
    expect(options.statusCode, options.body).toBe(200);
    expect(options.json()).toMatchObject({
      fromGrade: 3,
      quota: 1,
      vacancy: 1,
      staff: [{ personId: a, titleLevel: 'senior' }],
    });
    expect(options.json().citations).toEqual([{ document: 'liaoyang-2023', clause: '十五' }]);

    // Without an approved filing the appointment to grade 2 is refused with §十五.
    const refused = await post(unit.session, '/api/v1/appointments/check', promotion(a));
    expect(refused.json().findings).toEqual([
      expect.objectContaining({
        key: 'posts.appointment.grade-filing',
        citations: [expect.objectContaining({ document: 'liaoyang-2023', clause: '十五' })],
      }),
    ]);
    const appointment = await post(unit.session, '/api/v1/appointments', promotion(a));
    expect(appointment.statusCode, appointment.body).toBe(201);
    const early = await post(unit.session, `/api/v1/appointments/${appointment.json().id}/propose`, {});
    expect(early.statusCode, early.body).toBe(422);
    expect(early.json().error.details.map((d: { key: string }) => d.key)).toEqual([
      'posts.appointment.grade-filing',
    ]);

    const { id, check } = await draft(unit.session, [a]);
    expect(check.problems).toEqual([]);
    // A draft is the unit's alone.
    expect((await get(provinceHr, `/api/v1/grade-filings/${id}`)).statusCode).toBe(404);
    const sent = await post(unit.session, `/api/v1/grade-filings/${id}/communicate`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ state: 'communicated', vacancy: 1, actions: { report: false } });

    const queue = await get(provinceHr, '/api/v1/grade-filings?state=communicated');
    expect(queue.json().items.map((f: { id: string }) => f.id)).toContain(id);
    expect(queue.json().items.find((f: { id: string }) => f.id === id).actions.acknowledge).toBe(true);

    const agreed = await post(provinceHr, `/api/v1/grade-filings/${id}/acknowledge`, {
      note: '同意开展评定',
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    const reported = await post(unit.session, `/api/v1/grade-filings/${id}/report`, {
      evaluatedOn: '2026-03-01',
      note: '评审委员会7人出席',
      results: [{ personId: a, passed: true, result: '同意7票' }],
    });
    expect(reported.statusCode, reported.body).toBe(200);
    expect(reported.json()).toMatchObject({
      state: 'reported',
      candidates: [{ passed: true, result: '同意7票' }],
    });
    const approved = await post(provinceHr, `/api/v1/grade-filings/${id}/approve`, {
      approvalDocument: '辽人社备〔2026〕9号',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'approved', approvalDocument: '辽人社备〔2026〕9号' });
    // The provincial bureau follows its region's filings on the monitoring page.
    const monitoring = await get(provinceHr, '/api/v1/post-monitoring');
    expect(monitoring.statusCode, monitoring.body).toBe(200);
    expect(monitoring.json().gradeFilings).toEqual([
      { state: 'approved', stateName: '已备案核准', targetGrade: 2, gradeName: '专业技术2级', count: 1 },
    ]);

    const events = await s.t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(events.map((e) => e.action)).toEqual([
      'grade-filing.drafted',
      'grade-filing.communicated',
      'grade-filing.acknowledged',
      'grade-filing.reported',
      'grade-filing.approved',
    ]);

    const allowed = await post(unit.session, '/api/v1/appointments/check', promotion(a));
    expect(allowed.json()).toMatchObject({ allowed: true });
    expect(allowed.json().notes.map((n: { note: string }) => n.note)).toContain(
      '专业技术2级岗位评定已经省人社厅备案核准（辽人社备〔2026〕9号）',
    );
  });

  it('refuses 评前沟通 for more candidates than the grade-2 vacancy, with the clause, and writes nothing', async () => {
    const unit = await liaoyangUnit();
    const a = await staff(unit, 3, '2019-01-01');
    const b = await staff(unit, 3, '2020-01-01');
    const { id } = await draft(unit.session, [a, b]);
    const refused = await post(unit.session, `/api/v1/grade-filings/${id}/communicate`, {});
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'GRADE_FILING_REFUSED',
      details: [
        {
          key: 'posts.grade-filing.quota',
          path: 'candidates',
          citation: { document: 'liaoyang-2023', clause: '十五' },
        },
      ],
    });
    expect(refused.json().error.message).toContain('超过本单位专业技术2级岗位空余数额1个');
    const [row] = await s.t.database.db.select().from(gradeFilings).where(eq(gradeFilings.id, id));
    expect(row).toMatchObject({ state: 'draft', communicatedAt: null });
    // Corrected to one candidate, it goes.
    const fixed = await patch(unit.session, `/api/v1/grade-filings/${id}`, {
      targetGrade: 2,
      standard: STANDARD,
      plannedDate: '2026-06-01',
      candidates: [a],
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect((await post(unit.session, `/api/v1/grade-filings/${id}/communicate`, {})).statusCode).toBe(200);
  });

  it('names a candidate below grade 3 or without 正高 at 评前沟通', async () => {
    const unit = await liaoyangUnit();
    const low = await staff(unit, 4, '2015-01-01');
    const { id, check } = await draft(unit.session, [low]);
    expect(check.problems.map((p) => p.key)).toEqual(['posts.grade-filing.current-grade']);
    expect((await post(unit.session, `/api/v1/grade-filings/${id}/communicate`, {})).statusCode).toBe(422);
    const unit2 = await liaoyangUnit();
    const noTitle = await staff(unit2, 3, '2015-01-01', associate);
    const other = await draft(unit2.session, [noTitle]);
    expect(other.check.problems.map((p) => p.key)).toEqual(['posts.grade-filing.senior-title']);
  });

  it('lets only the provincial bureau answer: the city bureau is refused with 403, a stranger is told it does not exist', async () => {
    const unit = await liaoyangUnit();
    const a = await staff(unit, 3, '2019-01-01');
    const { id } = await draft(unit.session, [a]);
    await post(unit.session, `/api/v1/grade-filings/${id}/communicate`, {});
    const city = await post(s.w.sessions.liaoyangHr, `/api/v1/grade-filings/${id}/acknowledge`, {
      note: null,
    });
    expect(city.statusCode, city.body).toBe(403);
    const seen = await get(s.w.sessions.liaoyangHr, `/api/v1/grade-filings/${id}`);
    expect(seen.json().actions).toMatchObject({ acknowledge: false, approve: false });
    expect((await post(s.w.sessions.hr, `/api/v1/grade-filings/${id}/acknowledge`, {})).statusCode).toBe(404);
    // Departments take no part in grade filings: their role is refused at the door.
    expect((await get(s.w.sessions.department, `/api/v1/grade-filings/${id}`)).statusCode).toBe(403);
    // The unit cannot answer itself, and cannot report before the go-ahead.
    expect((await post(unit.session, `/api/v1/grade-filings/${id}/acknowledge`, {})).statusCode).toBe(403);
    const report = { evaluatedOn: '2026-03-01', results: [{ personId: a, passed: true }] };
    expect((await post(unit.session, `/api/v1/grade-filings/${id}/report`, report)).statusCode).toBe(409);
  });

  it('returns with reasons, which the unit reads, and the report must name every candidate and no one else', async () => {
    const unit = await liaoyangUnit();
    const a = await staff(unit, 3, '2019-01-01');
    const { id } = await draft(unit.session, [a]);
    await post(unit.session, `/api/v1/grade-filings/${id}/communicate`, {});
    const back = await post(s.w.sessions.provinceHr, `/api/v1/grade-filings/${id}/return`, {
      reasons: ['评定标准未写明业绩要求'],
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ state: 'returned', returnReasons: ['评定标准未写明业绩要求'] });
    expect(back.json().actions).toMatchObject({ return: false });
    expect((await post(unit.session, `/api/v1/grade-filings/${id}/communicate`, {})).statusCode).toBe(200);
    await post(s.w.sessions.provinceHr, `/api/v1/grade-filings/${id}/acknowledge`, {});
    const stranger = await createPerson(s.t.database.db, s.t.cipher, { organisationId: unit.id });
    const bad = await post(unit.session, `/api/v1/grade-filings/${id}/report`, {
      evaluatedOn: '2026-03-01',
      results: [{ personId: stranger.id, passed: true }],
    });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'results.0',
      'results.0.personId',
    ]);
    expect((await get(unit.session, `/api/v1/grade-filings/${id}`)).json().state).toBe('acknowledged');
  });

  it('refuses bad drafts with 400: a grade the set does not fill by filing, a person of another unit', async () => {
    const unit = await liaoyangUnit();
    const other = await liaoyangUnit();
    const theirs = await staff(other, 3, '2019-01-01');
    const grade3 = await post(unit.session, '/api/v1/grade-filings', {
      targetGrade: 3,
      standard: STANDARD,
      plannedDate: '2026-06-01',
      candidates: [],
    });
    expect(grade3.statusCode, grade3.body).toBe(400);
    expect(grade3.json().error.details[0].path).toBe('targetGrade');
    const foreign = await post(unit.session, '/api/v1/grade-filings', {
      targetGrade: 2,
      standard: STANDARD,
      plannedDate: '2026-06-01',
      candidates: [theirs],
    });
    expect(foreign.statusCode, foreign.body).toBe(400);
    expect(foreign.json().error.details).toEqual([
      expect.objectContaining({ path: 'candidates.0', message: '参评人员不存在或不是本单位人员' }),
    ]);
    const rows = await s.t.database.db
      .select()
      .from(gradeFilings)
      .where(eq(gradeFilings.organisationId, unit.id));
    expect(rows).toEqual([]);
  });

  it('lists and exports the filings in scope', async () => {
    const unit = await liaoyangUnit();
    const a = await staff(unit, 3, '2019-01-01');
    const { id } = await draft(unit.session, [a]);
    const list = await get(unit.session, '/api/v1/grade-filings?targetGrade=2&page=1&pageSize=5');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((f: { id: string }) => f.id)).toEqual([id]);
    const file = await get(unit.session, '/api/v1/grade-filings/export');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
  });

  it('in Jilin (二(三)) files grade 3 after three years at grade 4 with the Jilin provincial bureau', async () => {
    const bureau = await createOrganisation(s.t.database.db, {
      name: '吉林省人力资源和社会保障厅',
      kind: 'hr-bureau',
      employerKind: 'government',
      jurisdictionCode: '220000',
    });
    const jilinHr = await signIn(s.t, {
      roles: ['hr'],
      organisationId: bureau.id,
      jurisdictionCode: '220000',
    });
    const unit = await s.w.unit({ jurisdictionCode: '220100', departmentId: null });
    const db = s.t.database.db;
    const clerk = await createUser(db, {
      roles: ['employer'],
      organisationId: unit.id,
      jurisdictionCode: '220100',
    });
    const planId = await insertApprovedPlan(db, unit.id, clerk.id, { 2: 1, 3: 2, 4: 3 });
    const long = await staff({ ...unit, planId }, 4, '2022-01-01');
    const recent = await staff({ ...unit, planId }, 4, '2024-01-01');
    const { id } = await draft(unit.session, [long, recent], { targetGrade: 3 });
    const refused = await post(unit.session, `/api/v1/grade-filings/${id}/communicate`, {});
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.details).toEqual([
      expect.objectContaining({
        key: 'posts.grade-filing.tenure',
        path: 'candidates.1',
        citation: { document: 'jilin-2022', clause: '二(三)' },
      }),
    ]);
    await patch(unit.session, `/api/v1/grade-filings/${id}`, {
      targetGrade: 3,
      standard: STANDARD,
      plannedDate: '2026-06-01',
      candidates: [long],
    });
    expect((await post(unit.session, `/api/v1/grade-filings/${id}/communicate`, {})).statusCode).toBe(200);
    // The Liaoning bureau does not see a Jilin unit's filing; Jilin's answers it.
    expect((await get(s.w.sessions.provinceHr, `/api/v1/grade-filings/${id}`)).statusCode).toBe(404);
    const agreed = await post(jilinHr, `/api/v1/grade-filings/${id}/acknowledge`, {});
    expect(agreed.statusCode, agreed.body).toBe(200);
    // Without the approved filing, a frontline contributor's promotion to grade 3 waits for it
    // (二(三) is their route); an ordinary promotion is not held to it.
    const check = await post(unit.session, '/api/v1/appointments/check', {
      ...promotion(long),
      grade: 3,
      person: { covidFrontlineCommended: true },
    });
    expect(check.json().findings.map((f: { key: string }) => f.key)).toEqual([
      'posts.appointment.grade-filing',
    ]);
    const ordinary = await post(unit.session, '/api/v1/appointments/check', { ...promotion(long), grade: 3 });
    expect(ordinary.json().findings.map((f: { key: string }) => f.key)).not.toContain(
      'posts.appointment.grade-filing',
    );
  });
});
