import { describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import type { Session } from '../../../test/helpers/factories';
import { buildPostWorld, realisticPlan } from '../../../test/helpers/post-plans';

const s = appSuite({ loginRateLimitPerMinute: 10_000 }, buildPostWorld);
const { get, post, patch } = signedInRequests(() => s.t);

async function submittedPlan(session: Session) {
  const draft = await post(session, '/api/v1/post-plans', realisticPlan());
  expect(draft.statusCode, draft.body).toBe(201);
  const { id } = draft.json();
  expect((await post(session, `/api/v1/post-plans/${id}/submit`, {})).statusCode).toBe(200);
  return id as string;
}

const status = async (response: Promise<{ statusCode: number }>) => (await response).statusCode;

describe('岗位设置方案的可见范围', () => {
  it('hides a plan from another unit, another department and the HR bureau of another region', async () => {
    const unit = await s.w.unit();
    const other = await s.w.unit({ departmentId: s.w.orgs.otherDepartment.id });
    const id = await submittedPlan(unit.session);
    const strangers = [other.session, s.w.sessions.otherDepartment, s.w.sessions.liaoyangHr];
    for (const stranger of strangers) {
      expect(await status(get(stranger, `/api/v1/post-plans/${id}`))).toBe(404);
      expect((await get(stranger, `/api/v1/post-plans?organisationId=${unit.id}`)).json().items).toEqual([]);
      expect(await status(get(stranger, `/api/v1/post-boards/${unit.id}`))).toBe(404);
      expect(await status(get(stranger, `/api/v1/post-plans/${id}/review-form`))).toBe(404);
    }
    expect(await status(patch(other.session, `/api/v1/post-plans/${id}`, realisticPlan()))).toBe(404);
    expect(await status(post(other.session, `/api/v1/post-plans/${id}/submit`, {}))).toBe(404);
    expect(await status(post(s.w.sessions.otherDepartment, `/api/v1/post-plans/${id}/review`, {}))).toBe(404);
    expect(
      await status(
        post(s.w.sessions.otherDepartment, `/api/v1/post-plans/${id}/return`, { reasons: ['不同意'] }),
      ),
    ).toBe(404);
    expect(
      await status(post(s.w.sessions.liaoyangHr, `/api/v1/post-plans/${id}/return`, { reasons: ['不同意'] })),
    ).toBe(404);

    await post(s.w.sessions.department, `/api/v1/post-plans/${id}/review`, {});
    expect(
      await status(
        post(s.w.sessions.liaoyangHr, `/api/v1/post-plans/${id}/approve`, {
          approvalDocument: '辽市人社批〔2026〕1号',
        }),
      ),
    ).toBe(404);
  });

  it('lets each party take only its own step: the unit cannot review, the department cannot approve, the province only watches', async () => {
    const unit = await s.w.unit();
    const id = await submittedPlan(unit.session);
    // Declared access: the step's permission is refused before the plan is looked at.
    expect(await status(post(unit.session, `/api/v1/post-plans/${id}/review`, {}))).toBe(403);
    expect(
      await status(
        post(s.w.sessions.department, `/api/v1/post-plans/${id}/approve`, {
          approvalDocument: '鞍卫〔2026〕1号',
        }),
      ),
    ).toBe(403);
    // A submitted plan is no longer the unit's to edit; the department's stage is not HR's.
    const edit = await patch(unit.session, `/api/v1/post-plans/${id}`, realisticPlan());
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toBe('岗位设置方案当前为「待主管部门审核」，不能修改');
    expect(
      await status(
        post(s.w.sessions.hr, `/api/v1/post-plans/${id}/approve`, {
          approvalDocument: '鞍人社批〔2026〕40号',
        }),
      ),
    ).toBe(409);

    await post(s.w.sessions.department, `/api/v1/post-plans/${id}/review`, {});
    // The provincial bureau sees the city's units but approves only its own level's.
    const seen = await get(s.w.sessions.provinceHr, `/api/v1/post-plans/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().actions).toEqual({
      edit: false,
      submit: false,
      review: false,
      return: false,
      approve: false,
    });
    const refused = await post(s.w.sessions.provinceHr, `/api/v1/post-plans/${id}/approve`, {
      approvalDocument: '辽人社批〔2026〕1号',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('无权审批该岗位设置方案');
    expect(await status(get(s.w.sessions.provinceHr, `/api/v1/post-boards/${unit.id}`))).toBe(200);
  });

  it('sends the plan of a unit without a competent department straight to the HR bureau', async () => {
    const unit = await s.w.unit({ departmentId: null });
    const id = await submittedPlan(unit.session);
    const plan = (await get(s.w.sessions.hr, `/api/v1/post-plans/${id}`)).json();
    expect(plan).toMatchObject({ state: 'reviewed', actions: { approve: true, return: true } });
    expect(await status(get(s.w.sessions.department, `/api/v1/post-plans/${id}`))).toBe(404);
  });

  it('answers 401 to an anonymous caller and 403 to a bureau drafting a plan', async () => {
    const anonymous = await s.t.app.inject({ method: 'GET', url: '/api/v1/post-plans' });
    expect(anonymous.statusCode).toBe(401);
    const applicant = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/post-plans',
      headers: { 'content-type': 'application/json' },
      payload: realisticPlan(),
    });
    expect(applicant.statusCode).toBe(401);
    expect(await status(post(s.w.sessions.hr, '/api/v1/post-plans', realisticPlan()))).toBe(403);
  });
});
