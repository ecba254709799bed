import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInRequests } from '../../../test/helpers/app-suite';
import { EVENTS_TO_ACCEPTANCE, SENIOR_TELECOM } from '../../../test/helpers/application-requests';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { newKey } from '../../../test/helpers/application-world';
import { applicationEvents, applications, auditEvents, deadlines } from '../../db/schema';

const s = applicationSuite();
const api = signedInRequests(() => s.t);
const { file, act, get, rows, setDay } = s;

const target = SENIOR_TELECOM;

/** A bulk action (批量操作) by the employer's staff. */
const bulkAsEmployer = (ids: string[], event: string) =>
  api.post(s.w.sessions.employer, '/api/v1/applications/transitions', { ids, event });

describe('filing an application', () => {
  it('is idempotent: the same key twice yields one application, 201 then 200', async () => {
    setDay('2026-03-02');
    const { session } = await s.w.applicant(s.w.orgs.employer.id);
    const key = newKey();
    const first = await file(session, {}, key);
    expect(first.statusCode, first.body).toBe(201);
    const again = await file(session, {}, key);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const app = first.json();
    expect(app).toMatchObject({
      state: 'submitted',
      stateName: '已提交，待单位审核',
      title: '高级工程师（通信工程）',
      eligible: true,
      policy: { id: 'anshan-2023', note: '2026年度政策文件尚未收录，沿用《鞍山市关于2023年职称工作的意见》' },
    });
    expect(app.number).toMatch(/^2026210302\d{6}$/);
    const detail = (await get(session, `/api/v1/applications/${app.id}`)).json();
    expect(detail.commitments).toMatchObject([{ kind: 'personal', textVersion: '2026-1' }]);
    expect(detail.commitments[0].textSm3).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a second application in the same series in the year, a retiree and a person without a unit — with clauses, writing nothing', async () => {
    setDay('2026-03-02');
    const { session } = await s.w.applicant(s.w.orgs.employer.id);
    expect((await file(session)).statusCode).toBe(201);
    const before = await rows();
    // Another specialty of the same series is the same application again, under any policy set.
    const second = await file(session, { target: { ...target, specialty: '电子信息工程' } });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('ALREADY_APPLIED');
    expect(second.json().error.message).toContain('重复申报：本年度已有同一系列的申报');
    expect(second.json().error.details[0].message).toContain('national 人社部令第40号');

    const retiree = await s.w.applicant(s.w.orgs.employer.id, { retired: true });
    const refused = await file(retiree.session);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('RETIRED');

    const loner = await s.w.applicant(null);
    const alone = await file(loner.session);
    expect(alone.statusCode).toBe(422);
    expect(alone.json().error.message).toContain('评委会办事机构不受理个人直接申报');
    expect(await rows()).toBe(before);
  });

  it('files two series in one year where the governing policy sets no one-application rule (Anshan)', async () => {
    setDay('2026-03-02');
    const { session, person } = await s.w.applicant(s.w.orgs.employer.id);
    const engineering = await file(session);
    expect(engineering.statusCode, engineering.body).toBe(201);
    expect(engineering.json().policy.id).toBe('anshan-2023');
    const research = await file(session, {
      target: { series: 'natural-science-research', level: 'associate-senior', specialty: '电子信息' },
    });
    expect(research.statusCode, research.body).toBe(201);
    expect(research.json()).toMatchObject({
      policy: { id: 'anshan-2023' },
      series: 'natural-science-research',
    });
    const mine = await s.t.database.db
      .select({ series: applications.series })
      .from(applications)
      .where(eq(applications.personId, person.id));
    expect(mine.map((a) => a.series).sort()).toEqual(['engineering', 'natural-science-research']);
    // Each is still one a year: the second series again is a duplicate.
    const again = await file(session, {
      target: { series: 'natural-science-research', level: 'senior', specialty: '电子信息' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details[0].message).toContain('national 人社部令第40号');
  });

  it('answers bad input with a Chinese 400 naming the field, and changes nothing', async () => {
    const { session } = await s.w.applicant(s.w.orgs.employer.id);
    const before = await rows();
    const noKey = await api.post(session, '/api/v1/applications', { target });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().error.message).toContain('Idempotency-Key');
    const foreign = await file(session, { attachmentIds: ['3f1c1c4e-1111-4a4a-8b8b-000000000001'] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details[0]).toEqual({
      path: 'attachmentIds[0]',
      message: '不是本人上传的申报材料',
    });
    const badLevel = await file(session, { target: { ...target, level: 'grandmaster' } });
    expect(badLevel.statusCode).toBe(400);
    expect(badLevel.json().error.details[0].path).toBe('target.level');
    const noCommitment = await file(session, { personalCommitment: false });
    expect(noCommitment.statusCode).toBe(422);
    expect(noCommitment.json().error.message).toContain('须签署个人承诺');
    expect(await rows()).toBe(before);
  });
});

describe('the pre-review chain', () => {
  it('goes from submission through publicity, objection, department and HR to the provincial committee’s acceptance', async () => {
    setDay('2026-03-02');
    const { session: me } = await s.w.applicant(s.w.orgs.withDepartment.id);
    const id = (await file(me)).json().id as string;
    const { employer, department, hr, provinceOffice, cityOffice } = {
      ...s.w.sessions,
      employer: s.w.sessions.departmentEmployer,
    };

    const started = await act(employer, id, { event: 'start-unit-publicity' });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json().unitPublicityEndsOn).toBe('2026-03-06');

    const notices = (await s.t.app.inject({ method: 'GET', url: '/api/v1/public/publicity' })).json();
    const notice = notices.items.find(
      (n: { unitName: string }) => n.unitName === '鞍山钢城冶金工程技术有限公司',
    );
    expect(notice).toMatchObject({
      targetTitle: '高级工程师（通信工程）',
      startsOn: '2026-03-02',
      endsOn: '2026-03-06',
    });
    expect(notice.maskedName).toMatch(/^申＊+\d$/);

    const objection = await s.object(notice.id, {
      complainantName: '王建国',
      contact: '13800138000',
      content: '该同志的代表性业绩与实际参与情况不符，请核实。',
    });
    expect(objection.statusCode, objection.body).toBe(201);
    const anonymous = await s.object(notice.id, { complainantName: 'x', contact: '123', content: '短' });
    expect(anonymous.statusCode).toBe(400);

    const early = await act(employer, id, { event: 'recommend', unitCommitment: true });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.details.map((d: { message: string }) => d.message)).toEqual([
      '单位公示期未满（至2026-03-06）',
      '尚有1件公示异议未处理完毕',
    ]);

    const detail = (await get(employer, `/api/v1/applications/${id}`)).json();
    expect(detail.objections[0]).toMatchObject({
      status: 'open',
      complainantName: '王建国',
      canResolve: true,
    });
    const mine = (await get(me, `/api/v1/applications/${id}`)).json();
    expect(mine.objections[0].complainantName).toBeNull();
    const resolved = await api.post(employer, `/api/v1/objections/${detail.objections[0].id}/resolution`, {
      status: 'dismissed',
      outcome: '经核实，业绩材料与项目验收报告一致，异议不成立。',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);

    setDay('2026-03-09');
    const swept = await s.t.services.deadlines.sweep();
    expect(swept.processed).toBeGreaterThanOrEqual(1);
    const inbox = (await get(employer, '/api/v1/me/notifications')).json();
    expect(inbox.items.map((n: { title: string }) => n.title)).toContain('公示期已满');

    const noCommitment = await act(employer, id, { event: 'recommend' });
    expect(noCommitment.json().error.message).toContain('须签署单位承诺');
    expect((await act(employer, id, { event: 'recommend', unitCommitment: true })).json().state).toBe(
      'department-review',
    );
    expect((await act(department, id, { event: 'department-approve' })).json().state).toBe('hr-review');

    const wrongOffice = await act(cityOffice, id, { event: 'committee-accept' });
    expect(wrongOffice.statusCode).toBe(404);
    const outOfScope = await act(hr, id, { event: 'hr-approve', committeeId: s.w.committees.citySenior.id });
    expect(outOfScope.statusCode).toBe(422);
    expect(outOfScope.json().error.message).toContain('anshan-2023 六');
    const routed = await act(hr, id, { event: 'hr-approve' });
    expect(routed.json()).toMatchObject({
      state: 'committee-review',
      committee: { name: '辽宁省通信工程专业高级职称评审委员会', entrusted: false },
    });
    const accepted = await act(provinceOffice, id, { event: 'committee-accept' });
    expect(accepted.json().state).toBe('accepted');
    expect(accepted.json().actions).toEqual([]);

    const timeline = accepted.json().timeline.map((e: { event: string }) => e.event);
    expect(timeline).toEqual(EVENTS_TO_ACCEPTANCE);
    const audited = await s.t.database.db
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, id));
    // created, six transitions, the objection lodged and resolved
    expect(audited[0]!.n).toBe(9);
    const applicantInbox = (await get(me, '/api/v1/me/notifications')).json();
    expect(applicantInbox.items[0].title).toBe('申报评委会已受理');
    await s.t.services.notifications.deliverOutbox();
    expect(s.t.sent.some((m) => m.channel === 'sms' && m.subject === '申报评委会已受理')).toBe(true);
  });

  it('takes dispatched staff through the agency, counting the later of the two publicity ends', async () => {
    setDay('2026-03-02');
    const { session: me } = await s.w.applicant(s.w.orgs.employer.id);
    const id = (await file(me, { dispatchAgencyId: s.w.orgs.agency.id })).json().id as string;
    const { employer, dispatcher, hr } = s.w.sessions;
    await act(employer, id, { event: 'start-unit-publicity' });
    setDay('2026-03-09');
    expect((await act(employer, id, { event: 'recommend', unitCommitment: true })).json().state).toBe(
      'dispatch-review',
    );
    const started = (await act(dispatcher, id, { event: 'start-dispatch-publicity' })).json();
    expect(started.dispatchPublicityEndsOn).toBe('2026-03-13');
    setDay('2026-03-13');
    const early = await act(dispatcher, id, { event: 'dispatch-approve' });
    expect(early.json().error.message).toContain('以结束较晚的2026-03-13为准');
    setDay('2026-03-16');
    expect((await act(dispatcher, id, { event: 'dispatch-approve' })).json().state).toBe('hr-review');
    expect((await act(hr, id, { event: 'hr-approve' })).json().state).toBe('committee-review');
  });

  it('returns once with reasons, accepts the resubmission, and refuses a second committee return', async () => {
    setDay('2026-03-02');
    const { session: me } = await s.w.applicant(s.w.orgs.employer.id);
    const id = (await file(me)).json().id as string;
    const { employer, hr, provinceOffice } = s.w.sessions;
    await act(employer, id, { event: 'start-unit-publicity' });
    setDay('2026-03-09');
    await act(employer, id, { event: 'recommend', unitCommitment: true });
    await act(hr, id, { event: 'hr-approve' });
    const noReason = await act(provinceOffice, id, { event: 'committee-return' });
    expect(noReason.json().error.message).toContain('须写明理由');
    const returned = await act(provinceOffice, id, {
      event: 'committee-return',
      reason: '1. 缺少学历证书扫描件；2. 继续教育证明未盖章',
    });
    expect(returned.json()).toMatchObject({
      state: 'returned',
      lastReason: '1. 缺少学历证书扫描件；2. 继续教育证明未盖章',
    });
    expect((await act(me, id, { event: 'submit', personalCommitment: true })).json().state).toBe('submitted');
    await act(employer, id, { event: 'start-unit-publicity' });
    setDay('2026-03-17');
    await act(employer, id, { event: 'recommend', unitCommitment: true });
    await act(hr, id, { event: 'hr-approve' });
    const again = await act(provinceOffice, id, { event: 'committee-return', reason: '业绩证明不全' });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.message).toContain('不得再次退回');
    const events = await s.t.database.db
      .select({ n: count() })
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, id));
    expect(events[0]!.n).toBe(9);
  });

  it('lets the applicant withdraw before review and cancels the publicity deadline', async () => {
    setDay('2026-03-02');
    const { session: me } = await s.w.applicant(s.w.orgs.employer.id);
    const id = (await file(me)).json().id as string;
    await act(s.w.sessions.employer, id, { event: 'start-unit-publicity' });
    const withdrawn = await act(me, id, { event: 'withdraw' });
    expect(withdrawn.json().state).toBe('withdrawn');
    const open = await s.t.database.db
      .select({ processedAt: deadlines.processedAt, lastError: deadlines.lastError })
      .from(deadlines)
      .where(eq(deadlines.subjectId, id));
    expect(open).toEqual([{ processedAt: expect.any(Date), lastError: '已取消' }]);
    // A withdrawn application does not count: the person may file again this year.
    expect((await file(me)).statusCode).toBe(201);
  });

  it('keeps a draft to the applicant until it is submitted', async () => {
    setDay('2026-03-02');
    const { session: me } = await s.w.applicant(s.w.orgs.employer.id);
    const draft = await file(me, { submit: false });
    expect(draft.statusCode).toBe(201);
    expect(draft.json().state).toBe('draft');
    const id = draft.json().id as string;
    expect((await get(s.w.sessions.employer, `/api/v1/applications/${id}`)).statusCode).toBe(404);
    expect((await get(s.w.sessions.hr, `/api/v1/applications/${id}`)).statusCode).toBe(404);
    expect(
      (await get(me, `/api/v1/applications/${id}`)).json().actions.map((a: { event: string }) => a.event),
    ).toEqual(['submit']);
    expect((await act(me, id, { event: 'submit', personalCommitment: true })).json().state).toBe('submitted');
    expect((await get(s.w.sessions.employer, `/api/v1/applications/${id}`)).statusCode).toBe(200);
  });

  it('refuses the wrong role (403), the wrong state (409) and stale versions, changing nothing', async () => {
    setDay('2026-03-02');
    const { session: me } = await s.w.applicant(s.w.orgs.employer.id);
    const created = (await file(me)).json();
    const wrongRole = await act(s.w.sessions.supervisor, created.id, { event: 'start-unit-publicity' });
    expect(wrongRole.statusCode).toBe(403);
    expect(wrongRole.json().error.message).toContain('须由用人单位执行');
    const wrongState = await act(s.w.sessions.employer, created.id, { event: 'committee-accept' });
    expect([403, 409]).toContain(wrongState.statusCode);
    const stale = await act(s.w.sessions.employer, created.id, {
      event: 'start-unit-publicity',
      expectedVersion: 1,
    });
    expect(stale.statusCode).toBe(409);
    const after = (await get(me, `/api/v1/applications/${created.id}`)).json();
    expect(after.state).toBe('submitted');
    expect(after.version).toBe(created.version);
  });

  it('runs bulk actions one by one and reports each outcome', async () => {
    setDay('2026-03-02');
    const a = await s.w.applicant(s.w.orgs.employer.id);
    const b = await s.w.applicant(s.w.orgs.employer.id);
    const ida = (await file(a.session)).json().id;
    const idb = (await file(b.session)).json().id;
    await act(b.session, idb, { event: 'withdraw' });
    const list = (
      await get(s.w.sessions.employer, '/api/v1/applications?state=submitted&state=withdrawn')
    ).json();
    const rowOf = (id: string) => list.items.find((i: { id: string }) => i.id === id);
    expect(rowOf(ida).actions.map((a: { event: string }) => a.event)).toEqual([
      'start-unit-publicity',
      'return',
      'decline',
    ]);
    expect(rowOf(idb).actions).toEqual([]);
    const bulk = await bulkAsEmployer([ida, idb], 'start-unit-publicity');
    expect(bulk.json()).toMatchObject({
      succeeded: 1,
      failed: 1,
      results: [
        { id: ida, ok: true, state: 'unit-publicity' },
        { id: idb, ok: false, message: expect.stringContaining('已撤回') },
      ],
    });
  });

  it('answers an id outside the caller’s scope as not found in a bulk action, the others still done', async () => {
    setDay('2026-03-02');
    const a = await s.w.applicant(s.w.orgs.employer.id);
    const ida = (await file(a.session)).json().id;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const bulk = await bulkAsEmployer([unknown, ida], 'start-unit-publicity');
    expect(bulk.json()).toEqual({
      succeeded: 1,
      failed: 1,
      results: [
        { id: unknown, ok: false, message: '申报不存在' },
        { id: ida, ok: true, state: 'unit-publicity' },
      ],
    });
    // The list states what may be done with it as a whole: the unit prints its 公示表, the applicant nothing.
    expect((await get(s.w.sessions.employer, '/api/v1/applications')).json().actions).toEqual([
      { action: 'notices-pdf', name: '公示表PDF' },
    ]);
    expect((await get(a.session, '/api/v1/applications')).json().actions).toEqual([]);
  });
});
