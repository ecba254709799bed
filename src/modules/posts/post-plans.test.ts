import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import type { Session } from '../../../test/helpers/factories';
import { firstSheet } from '../../../test/helpers/first-sheet';
import { buildPostWorld, realisticPlan } from '../../../test/helpers/post-plans';
import { auditEvents, postPlanGrades, postPlans } from '../../db/schema';

const s = appSuite({ loginRateLimitPerMinute: 10_000 }, buildPostWorld);
const { get, post, patch } = signedInRequests(() => s.t);

async function drafted(session: Session, over: Record<string, unknown> = {}) {
  const response = await post(session, '/api/v1/post-plans', realisticPlan(over));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; state: string };
}

async function step(session: Session, id: string, path: string, body: Record<string, unknown> = {}) {
  const response = await post(session, `/api/v1/post-plans/${id}/${path}`, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** A plan taken the whole way: drafted, submitted, reviewed, approved with `document`. */
async function approved(session: Session, document: string, over: Record<string, unknown> = {}) {
  const plan = await drafted(session, over);
  await step(session, plan.id, 'submit');
  await step(s.w.sessions.department, plan.id, 'review', { note: null });
  return step(s.w.sessions.hr, plan.id, 'approve', { approvalDocument: document });
}

const actionsOfPlan = async (session: Session, id: string) =>
  (await get(session, `/api/v1/post-plans/${id}`)).json().actions;

const auditTrail = async (id: string) =>
  (await s.t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id))).map((e) => e.action);

describe('岗位设置方案：单位编制、主管部门审核、人社部门审批', () => {
  it('takes a unit of 120 编制 and 90 professional posts up the chain to an approved plan with its document number', async () => {
    const unit = await s.w.unit();
    const draft = await post(unit.session, '/api/v1/post-plans', realisticPlan());
    expect(draft.statusCode, draft.body).toBe(201);
    const plan = draft.json();
    expect(plan).toMatchObject({
      unit: { id: unit.id, name: unit.name },
      version: 1,
      state: 'draft',
      stateName: '草稿',
      regionTier: 'city',
      totals: { professional: 90, management: 20, support: 10 },
      specialPosts: [{ grade: 5, count: 1, reason: '引进省级领军人才' }],
      actions: { edit: true, submit: true, review: false, return: false, approve: false },
      check: { problems: [] },
    });
    expect(plan.check.policy.id).toMatch(/anshan/);
    expect(plan.gradeQuotas.reduce((n: number, g: { quota: number }) => n + g.quota, 0)).toBe(90);

    // A draft is the unit's alone: the department and HR do not know it exists.
    expect((await get(s.w.sessions.department, `/api/v1/post-plans/${plan.id}`)).statusCode).toBe(404);
    const hrQueue = await get(s.w.sessions.hr, `/api/v1/post-plans?organisationId=${unit.id}`);
    expect(hrQueue.json().items).toEqual([]);

    const submitted = await step(unit.session, plan.id, 'submit');
    expect(submitted).toMatchObject({
      state: 'submitted',
      stateName: '待主管部门审核',
      actions: { edit: false },
    });
    const queue = await get(
      s.w.sessions.department,
      `/api/v1/post-plans?state=submitted&organisationId=${unit.id}`,
    );
    expect(queue.json()).toMatchObject({
      total: 1,
      items: [{ id: plan.id, actions: { review: true, return: true } }],
    });
    // The HR bureau waits for the department.
    expect(await actionsOfPlan(s.w.sessions.hr, plan.id)).toMatchObject({ approve: false, return: false });

    expect(await step(s.w.sessions.department, plan.id, 'review', { note: '同意报批' })).toMatchObject({
      state: 'reviewed',
      stateName: '待人社部门审批',
    });
    expect(await actionsOfPlan(s.w.sessions.hr, plan.id)).toMatchObject({ approve: true, return: true });
    const done = await step(s.w.sessions.hr, plan.id, 'approve', {
      approvalDocument: '鞍人社批〔2026〕12号',
    });
    expect(done).toMatchObject({
      state: 'approved',
      approvalDocument: '鞍人社批〔2026〕12号',
      effectiveUntil: null,
      actions: { edit: false, submit: false, review: false, return: false, approve: false },
    });
    expect(await auditTrail(plan.id)).toEqual([
      'post-plan.drafted',
      'post-plan.submitted',
      'post-plan.reviewed',
      'post-plan.approved',
    ]);

    const form = await get(s.w.sessions.hr, `/api/v1/post-plans/${plan.id}/review-form`);
    expect(form.statusCode, form.body).toBe(200);
    expect(decodeURIComponent(String(form.headers['content-disposition']))).toContain(
      `${unit.name}岗位设置审核表（第1版）.xlsx`,
    );
    const sheet = await firstSheet(form.rawPayload);
    const rows: string[][] = [];
    sheet.eachRow((r) => {
      rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    expect(rows[0]![0]).toBe('事业单位岗位设置审核表');
    expect(rows).toContainEqual(['单位名称', unit.name, '方案版本', '第1版（已批准（执行中））']);
    expect(rows).toContainEqual(['专业技术岗位', '90', '75%', '']);
    expect(rows).toContainEqual(['助理级', '专业技术12级', '22', '24.4%']);
    expect(rows).toContainEqual(['符合各项规定', '', '', '']);
    expect(rows.find((r) => r[0] === '人社部门审批')?.slice(2)).toEqual(['批复文号', '鞍人社批〔2026〕12号']);

    const twice = await post(s.w.sessions.hr, `/api/v1/post-plans/${plan.id}/approve`, {
      approvalDocument: '鞍人社批〔2026〕13号',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'POST_PLAN_STATE' });
  });

  it('refuses to submit a plan that breaks the totals, with every problem, its rule and citation, and writes nothing', async () => {
    const unit = await s.w.unit();
    const gradeQuotas = realisticPlan().gradeQuotas.map((g) => (g.grade === 7 ? { grade: 7, quota: 14 } : g));
    const plan = await drafted(unit.session, {
      totals: { professional: 90, management: 40, support: 10 },
      gradeQuotas,
    });
    const before = await auditTrail(plan.id);

    const refused = await post(unit.session, `/api/v1/post-plans/${plan.id}/submit`, {});
    expect(refused.statusCode, refused.body).toBe(422);
    const { error } = refused.json();
    expect(error.code).toBe('POST_PLAN_PROBLEMS');
    const keys = error.details.map((d: { key: string }) => d.key);
    // 100 graded posts against 90, 140 posts in 120 编制, professional share 64%, 高级 19 of 100.
    expect(keys).toEqual([
      'posts.plan.grades-sum',
      'posts.plan.within-staffing',
      'posts.plan.professional-share',
      'posts.plan.ratio.tiers',
    ]);
    for (const detail of error.details) {
      expect(detail.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(detail.citation.document).toBeTruthy();
      expect(detail.citation.clause).toBeTruthy();
    }
    expect(error.details.find((d: { key: string }) => d.key === 'posts.plan.grades-sum')).toMatchObject({
      path: 'totals.professional',
      message: '各等级专业技术岗位数之和为100个，与专业技术岗位总数90个不一致',
      citation: { document: 'national', clause: '国人部发〔2006〕70号' },
    });

    const detail = (await get(unit.session, `/api/v1/post-plans/${plan.id}`)).json();
    expect(detail.state).toBe('draft');
    expect(detail.check.problems.map((p: { key: string }) => p.key)).toEqual(keys);
    expect(await auditTrail(plan.id)).toEqual(before);
  });

  it('keeps the reasons of a return; the unit corrects the plan and submits again', async () => {
    const unit = await s.w.unit();
    const plan = await drafted(unit.session);
    await step(unit.session, plan.id, 'submit');
    const reasons = ['专业技术七级岗位设置偏多，请结合现有人员结构调整', '特设岗位须附引进人才的批准文件'];
    const returned = await step(s.w.sessions.department, plan.id, 'return', { reasons });
    expect(returned).toMatchObject({ state: 'returned', stateName: '已退回', returnReasons: reasons });
    expect(await actionsOfPlan(unit.session, plan.id)).toMatchObject({ edit: true, submit: true });

    const corrected = await patch(
      unit.session,
      `/api/v1/post-plans/${plan.id}`,
      realisticPlan({ staffingQuota: 125 }),
    );
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ state: 'returned', staffingQuota: 125, returnReasons: reasons });

    expect(await step(unit.session, plan.id, 'submit')).toMatchObject({ state: 'submitted' });
    await step(s.w.sessions.department, plan.id, 'review');
    // HR returns too, from its own stage; an empty reason list is refused.
    const empty = await post(s.w.sessions.hr, `/api/v1/post-plans/${plan.id}/return`, { reasons: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('请至少填写一条退回意见');
    expect(
      await step(s.w.sessions.hr, plan.id, 'return', { reasons: ['请补充编制部门的核编文件'] }),
    ).toMatchObject({
      state: 'returned',
      returnReasons: ['请补充编制部门的核编文件'],
    });
    expect(await auditTrail(plan.id)).toEqual([
      'post-plan.drafted',
      'post-plan.submitted',
      'post-plan.returned',
      'post-plan.edited',
      'post-plan.submitted',
      'post-plan.reviewed',
      'post-plan.returned',
    ]);
  });

  it('supersedes the approved version when a later one is approved: each is in force on its own days', async () => {
    const unit = await s.w.unit();
    const first = await approved(unit.session, '鞍人社批〔2026〕20号');
    const second = await approved(unit.session, '鞍人社批〔2026〕21号', {
      effectiveFrom: '2026-07-01',
      gradeQuotas: realisticPlan().gradeQuotas.map((g) =>
        g.grade === 13 ? { grade: 13, quota: 10 } : g.grade === 12 ? { grade: 12, quota: 24 } : g,
      ),
    });
    expect(second).toMatchObject({ version: 2, state: 'approved' });
    expect((await get(unit.session, `/api/v1/post-plans/${first.id}`)).json()).toMatchObject({
      state: 'superseded',
      effectiveUntil: '2026-07-01',
    });
    expect(await auditTrail(first.id)).toContain('post-plan.superseded');

    const board = async (day: string) =>
      (await get(unit.session, `/api/v1/post-boards/${unit.id}?asOf=${day}`)).json();
    const june = await board('2026-06-30');
    expect(june.plan).toMatchObject({ id: first.id, version: 1, effectiveUntil: '2026-07-01' });
    expect(june.grades.find((g: { grade: number }) => g.grade === 13).quota).toBe(12);
    const july = await board('2026-07-01');
    expect(july.plan).toMatchObject({ id: second.id, version: 2 });
    expect(july.grades.find((g: { grade: number }) => g.grade === 13).quota).toBe(10);
    expect((await board('2025-12-31')).plan).toBeNull();

    const list = await get(unit.session, '/api/v1/post-plans?sort=effectiveFrom');
    expect(list.json().items.map((p: { id: string; state: string }) => [p.id, p.state])).toEqual([
      [first.id, 'superseded'],
      [second.id, 'approved'],
    ]);
    const year = await get(unit.session, '/api/v1/post-plans?year=2026&state=approved');
    expect(year.json().total).toBe(1);
    const exported = await get(unit.session, '/api/v1/post-plans/export?sort=effectiveFrom');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
  });

  it('refuses bad input with Chinese messages and writes nothing', async () => {
    const unit = await s.w.unit();
    await approved(unit.session, '鞍人社批〔2026〕30号', { effectiveFrom: '2026-03-01' });
    const countPlans = async () =>
      (await s.t.database.db.select().from(postPlans).where(eq(postPlans.organisationId, unit.id))).length;
    const before = await countPlans();
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { gradeQuotas: [{ grade: 14, quota: 3 }] },
        'gradeQuotas[0].grade',
        '不存在专业技术14级岗位（等级为1至13级）',
      ],
      [
        { gradeQuotas: [{ grade: 1, quota: 1 }] },
        'gradeQuotas.1',
        '专业技术一级岗位是国家专设的特级岗位，单位不设岗位数额',
      ],
      [
        { highestGrade: 5, gradeQuotas: [{ grade: 4, quota: 1 }] },
        'gradeQuotas.4',
        '本单位专业技术岗位最高等级为5级',
      ],
      [{ staffingQuota: -5 }, 'staffingQuota', '编制数不能为负数'],
      [{ gradeQuotas: [{ grade: 9, quota: -1 }] }, 'gradeQuotas[0].quota', '岗位数不能为负数'],
      [
        { effectiveFrom: '2026-02-01' },
        'effectiveFrom',
        '生效日期应晚于现行岗位设置方案（第1版）的生效日期2026-03-01',
      ],
      [{ funding: 'grant' }, 'funding', '经费形式应为全额拨款'],
    ];
    for (const [over, path, message] of cases) {
      const response = await post(unit.session, '/api/v1/post-plans', realisticPlan(over));
      expect(response.statusCode, response.body).toBe(400);
      const { error } = response.json();
      const problem = error.details.find((d: { path: string }) => d.path === path);
      expect(problem, response.body).toBeDefined();
      expect(problem.message).toContain(message);
    }
    expect(await countPlans()).toBe(before);

    // An edit with bad input leaves the draft as it was.
    const plan = await drafted(unit.session, { effectiveFrom: '2026-09-01' });
    const bad = await patch(
      unit.session,
      `/api/v1/post-plans/${plan.id}`,
      realisticPlan({ effectiveFrom: '2026-09-01', gradeQuotas: [{ grade: 0, quota: 2 }] }),
    );
    expect(bad.statusCode).toBe(400);
    const grades = await s.t.database.db
      .select()
      .from(postPlanGrades)
      .where(eq(postPlanGrades.planId, plan.id));
    expect(grades.reduce((n, g) => n + g.quota, 0)).toBe(90);

    // One plan on its way at a time; a unit that is not a public institution has no post plan.
    const second = await post(
      unit.session,
      '/api/v1/post-plans',
      realisticPlan({ effectiveFrom: '2026-10-01' }),
    );
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('POST_PLAN_OPEN');
    const enterprise = await post(s.w.sessions.enterprise, '/api/v1/post-plans', realisticPlan());
    expect(enterprise.statusCode).toBe(409);
    expect(enterprise.json().error.message).toContain('仅适用于事业单位');
    const events = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'post-plan.drafted'), eq(auditEvents.entityId, plan.id)));
    expect(events).toHaveLength(1);
  });
});
