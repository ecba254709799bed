import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInRequests } from '../../../test/helpers/app-suite';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { authed, signIn } from '../../../test/helpers/factories';
import { firstSheet } from '../../../test/helpers/first-sheet';
import { UNIT_PASSWORD, unitRegistrations } from '../../../test/helpers/unit-registrations';
import { auditEvents, dispatchRelations, outbox, users } from '../../db/schema';

const s = applicationSuite({ loginRateLimitPerMinute: 10_000 });
const { file, setDay } = s;
const units = unitRegistrations(() => s.t);

const { get, post } = signedInRequests(() => s.t);

/** Registers a unit through the public route; returns its id and form. */
async function registered(over: Record<string, unknown> = {}) {
  const form = units.employerForm(over);
  const response = await units.register(form);
  expect(response.statusCode, response.body).toBe(201);
  return { id: response.json().organisationId as string, form };
}

describe('单位注册审核', () => {
  it('shows the city’s HR bureau its own region’s registrations only; another city’s bureau finds nothing', async () => {
    const anshan = await registered({ name: '鞍山市立山区审核测试有限公司', regionCode: '210304' });
    const liaoyang = await registered({ name: '辽阳市白塔区审核测试有限公司', regionCode: '211002' });

    const list = await get(s.w.sessions.hr, '/api/v1/unit-registrations?status=pending&q=审核测试');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((u: { id: string }) => u.id)).toEqual([anshan.id]);
    expect(list.json().items[0]).toMatchObject({
      status: 'pending',
      statusName: '待审核',
      contact: { name: '韩雪梅', phoneMasked: `137****${(anshan.form.contactPhone as string).slice(-4)}` },
      actions: { approve: true, return: true, editRelations: true },
    });
    expect(list.body).not.toContain(anshan.form.contactPhone);

    const theirs = await get(s.w.sessions.liaoyangHr, '/api/v1/unit-registrations?q=审核测试');
    expect(theirs.json().items.map((u: { id: string }) => u.id)).toEqual([liaoyang.id]);
    for (const response of [
      await get(s.w.sessions.liaoyangHr, `/api/v1/unit-registrations/${anshan.id}`),
      await post(s.w.sessions.liaoyangHr, `/api/v1/unit-registrations/${anshan.id}/approve`),
      await post(s.w.sessions.liaoyangHr, `/api/v1/unit-registrations/${anshan.id}/return`, {
        note: '材料不全',
      }),
      await get(s.w.sessions.hr, `/api/v1/unit-registrations/${s.w.orgs.hrBureau.id}`),
    ])
      expect(response.statusCode, response.body).toBe(404);

    // The province's bureau sees both cities.
    const provincial = await signIn(s.t, {
      roles: ['hr'],
      organisationId: s.w.orgs.hrBureau.id,
      jurisdictionCode: '210000',
    });
    const all = await get(provincial, '/api/v1/unit-registrations?q=审核测试&sort=name');
    expect(
      all
        .json()
        .items.map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual([anshan.id, liaoyang.id].sort());
  });

  it('approves an employer: the account logs in, the unit is approved and told by SMS through the outbox', async () => {
    const { id, form } = await registered({ departmentId: s.w.orgs.department.id });
    const detail = await get(s.w.sessions.hr, `/api/v1/unit-registrations/${id}`);
    expect(detail.json()).toMatchObject({
      department: { id: s.w.orgs.department.id, name: '鞍山市工业和信息化局' },
      account: { username: form.username, status: 'pending' },
      address: '辽宁省鞍山市铁东区胜利南路35号',
      dispatchRelations: [],
    });

    const approved = await post(s.w.sessions.hr, `/api/v1/unit-registrations/${id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      account: { status: 'active' },
      actions: { approve: false, return: false },
    });
    const session = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: form.username, password: UNIT_PASSWORD },
    });
    expect(session.statusCode, session.body).toBe(200);
    expect(session.json().user).toMatchObject({ roles: ['employer'] });

    const [account] = await s.t.database.db.select().from(users).where(eq(users.username, form.username));
    const queued = await s.t.database.db.select().from(outbox).where(eq(outbox.userId, account!.id));
    expect(queued).toMatchObject([{ channel: 'sms', subject: '单位注册已通过审核', status: 'pending' }]);
    await s.t.services.notifications.deliverOutbox();
    expect(s.t.sent.some((m) => m.userId === account!.id && m.subject === '单位注册已通过审核')).toBe(true);
    const [event] = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'unit.approved')));
    expect(event?.actorUserId).toBeTruthy();

    const twice = await post(s.w.sessions.hr, `/api/v1/unit-registrations/${id}/approve`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('UNIT_NOT_PENDING');
  });

  it('approves a dispatch agency with its relations: then it is offered to dispatched staff and accepted when filing', async () => {
    const { id } = await registered({
      kind: 'dispatch-agency',
      name: '鞍山市待审派遣服务有限公司',
      dispatchesTo: [s.w.orgs.employer.creditCode],
    });
    setDay('2026-03-02');
    const { session: applicant } = await s.w.applicant(s.w.orgs.employer.id);
    const early = await file(applicant, { dispatchAgencyId: id });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details[0]).toMatchObject({ path: 'dispatchAgencyId' });

    expect((await post(s.w.sessions.hr, `/api/v1/unit-registrations/${id}/approve`)).statusCode).toBe(200);
    const relations = await s.t.database.db
      .select()
      .from(dispatchRelations)
      .where(eq(dispatchRelations.agencyId, id));
    expect(relations).toMatchObject([{ unitId: s.w.orgs.employer.id, status: 'approved' }]);
    const agencies = await get(s.w.sessions.employer, '/api/v1/dispatch-agencies');
    expect(agencies.json().map((a: { id: string }) => a.id)).toContain(id);
    const filed = await file(applicant, { dispatchAgencyId: id });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().dispatched).toBe(true);
  });

  it('returns a registration with a note (2–200 characters); the account stays closed and is told by SMS', async () => {
    const { id, form } = await registered();
    const short = await post(s.w.sessions.hr, `/api/v1/unit-registrations/${id}/return`, { note: '否' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].path).toBe('note');
    const returned = await post(s.w.sessions.hr, `/api/v1/unit-registrations/${id}/return`, {
      note: '请上传加盖公章的营业执照',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'returned',
      reviewNote: '请上传加盖公章的营业执照',
      account: { status: 'pending' },
    });
    const [account] = await s.t.database.db.select().from(users).where(eq(users.username, form.username));
    const queued = await s.t.database.db.select().from(outbox).where(eq(outbox.userId, account!.id));
    expect(queued[0]).toMatchObject({ subject: '单位注册已退回' });
    expect(queued[0]!.body).toContain('请上传加盖公章的营业执照');
    const again = await post(s.w.sessions.hr, `/api/v1/unit-registrations/${id}/approve`);
    expect(again.statusCode).toBe(409);
  });

  it('exports the filtered list to Excel, phone numbers masked', async () => {
    const { form } = await registered({ name: '鞍山市导出测试有限公司' });
    const response = await get(s.w.sessions.hr, '/api/v1/unit-registrations/export?q=导出测试');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const sheet = await firstSheet(response.rawPayload);
    expect(sheet.rowCount).toBe(2);
    const cells = (sheet.getRow(2).values as unknown[]).map(String);
    expect(cells).toContain('鞍山市导出测试有限公司');
    expect(cells).toContain('待审核');
    expect(cells.join('|')).not.toContain(form.contactPhone);
  });

  it('shows pending unit accounts in the administrator’s user list, where they cannot be opened by hand', async () => {
    const { form } = await registered();
    const list = await get(s.w.sessions.admin, `/api/v1/admin/users?status=pending&q=${form.username}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toMatchObject([{ username: form.username, status: 'pending' }]);
    const opened = await s.t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${list.json().items[0].id}`,
      headers: authed(s.w.sessions.admin),
      payload: { status: 'active' },
    });
    expect(opened.statusCode).toBe(409);
    expect(opened.json().error.code).toBe('UNIT_PENDING_REVIEW');
  });
});
