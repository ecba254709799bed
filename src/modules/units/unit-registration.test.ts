import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInRequests } from '../../../test/helpers/app-suite';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { createOrganisation, makeCreditCode } from '../../../test/helpers/factories';
import { newPhone, UNIT_PASSWORD, unitRegistrations } from '../../../test/helpers/unit-registrations';
import { auditEvents, dispatchRelations, organisations, users } from '../../db/schema';

const s = applicationSuite({ loginRateLimitPerMinute: 10_000 });
const api = signedInRequests(() => s.t);
const units = unitRegistrations(() => s.t);
const { register, employerForm, post } = units;

async function counts() {
  const result = (await s.t.database.db.execute(
    sql`select (select count(*) from organisations)::int as organisations,
               (select count(*) from users)::int as users,
               (select count(*) from dispatch_relations)::int as relations`,
  )) as unknown as { rows: { organisations: number; users: number; relations: number }[] };
  return result.rows[0]!;
}

const login = (username: string, password = UNIT_PASSWORD) =>
  s.t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

const unitNamed = async (creditCode: string) =>
  (await s.t.database.db.select().from(organisations).where(eq(organisations.creditCode, creditCode)))[0]!;

describe('单位注册', () => {
  it('lists the approved departments of the unit’s region and the regions above it, and no others', async () => {
    const provincial = await createOrganisation(s.t.database.db, {
      name: '辽宁省卫生健康委员会',
      kind: 'department',
      jurisdictionCode: '210000',
    });
    await createOrganisation(s.t.database.db, {
      name: '鞍山市待审核主管部门',
      kind: 'department',
      jurisdictionCode: '210300',
      status: 'pending',
    });
    await createOrganisation(s.t.database.db, {
      name: '辽阳市教育局',
      kind: 'department',
      jurisdictionCode: '211000',
    });
    const response = await s.t.app.inject({
      method: 'GET',
      url: '/api/v1/public/departments?regionCode=210302',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().map((d: { name: string }) => d.name)).toEqual([
      provincial.name,
      s.w.orgs.department.name,
    ]);
    expect(response.json()[1]).toEqual({
      id: s.w.orgs.department.id,
      name: '鞍山市工业和信息化局',
      jurisdiction: { code: '210300', name: '鞍山市' },
    });
    const bad = await s.t.app.inject({ method: 'GET', url: '/api/v1/public/departments?regionCode=999999' });
    expect(bad.statusCode).toBe(400);
  });

  it('registers an employer and its administrator account, both waiting for the HR bureau, in one audited write', async () => {
    const form = employerForm({
      departmentId: s.w.orgs.department.id,
      creditCode: makeCreditCode('210302').toLowerCase(),
    });
    const created = await register(form);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ username: form.username, status: 'pending', resubmitted: false });

    const unit = await unitNamed((form.creditCode as string).toUpperCase());
    expect(unit).toMatchObject({
      id: created.json().organisationId,
      kind: 'employer',
      status: 'pending',
      jurisdictionCode: '210302',
      departmentId: s.w.orgs.department.id,
      contactName: '韩雪梅',
      contactPhoneMasked: `137****${(form.contactPhone as string).slice(-4)}`,
    });
    expect(unit.contactPhoneCipher).not.toContain(form.contactPhone);
    const [account] = await s.t.database.db.select().from(users).where(eq(users.username, form.username));
    expect(account).toMatchObject({
      status: 'pending',
      roles: ['employer'],
      organisationId: unit.id,
      jurisdictionCode: '210302',
      phoneHash: s.t.services.phoneCodes.phoneHashOf(form.contactPhone as string),
      phoneMasked: unit.contactPhoneMasked,
    });
    expect(account!.phoneCipher).not.toContain(form.contactPhone);
    const [event] = await s.t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, unit.id));
    expect(event).toMatchObject({ action: 'unit.registered', actorUserId: account!.id });
    expect(JSON.stringify(event!.data)).not.toContain(form.contactPhone);

    // Until the bureau approves, the account cannot log in — and says why, once the password is right.
    const refused = await login(form.username);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('UNIT_PENDING_REVIEW');
    expect(refused.json().error.message).toContain('单位注册正在审核中');
    const wrongPassword = await login(form.username, 'Wrong12345');
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongPassword.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('registers a dispatch agency with the approved employers it dispatches to, by credit code or id, as pending relations', async () => {
    const form = employerForm({
      kind: 'dispatch-agency',
      employerKind: undefined,
      name: '鞍山市新注册劳务派遣有限公司',
      dispatchesTo: [s.w.orgs.employer.creditCode, s.w.orgs.withDepartment.id, s.w.orgs.employer.creditCode],
    });
    const created = await register(form);
    expect(created.statusCode, created.body).toBe(201);
    const unitId = created.json().organisationId;
    const [account] = await s.t.database.db.select().from(users).where(eq(users.username, form.username));
    expect(account!.roles).toEqual(['dispatcher']);
    const relations = await s.t.database.db
      .select()
      .from(dispatchRelations)
      .where(eq(dispatchRelations.agencyId, unitId));
    expect(relations.map((r) => [r.unitId, r.status]).sort()).toEqual(
      [
        [s.w.orgs.employer.id, 'pending'],
        [s.w.orgs.withDepartment.id, 'pending'],
      ].sort(),
    );
    // Not offered to applicants until approved.
    const agencies = await api.get(s.w.sessions.employer, '/api/v1/dispatch-agencies');
    expect(agencies.json().map((a: { id: string }) => a.id)).not.toContain(unitId);
    expect(agencies.json().map((a: { id: string }) => a.id)).toContain(s.w.orgs.agency.id);
  });

  it('refuses every bad registration with a clear answer and writes nothing', async () => {
    const pendingUnit = employerForm();
    expect((await register(pendingUnit)).statusCode).toBe(201);
    const pendingEmployer = await unitNamed(pendingUnit.creditCode as string);
    const liaoyangDepartment = await createOrganisation(s.t.database.db, {
      name: '辽阳市工业和信息化局',
      kind: 'department',
      jurisdictionCode: '211000',
    });
    const before = await counts();
    const refusal = async (over: Record<string, unknown>, code?: string) => {
      const form = employerForm(over);
      return code === undefined
        ? register(form)
        : post('/api/v1/public/unit-registrations', { ...form, code });
    };

    const badCredit = await refusal({ creditCode: '91350100M000100Y44' }, '123456');
    expect(badCredit.statusCode).toBe(400);
    expect(badCredit.json().error.details[0]).toMatchObject({ path: 'creditCode' });

    const taken = await refusal({ creditCode: s.w.orgs.employer.creditCode });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('CREDIT_CODE_TAKEN');
    expect(taken.json().error.message).toContain('已注册');
    // The public is not told who holds it.
    expect(taken.body).not.toContain(s.w.orgs.employer.name);

    const waiting = await refusal({ creditCode: pendingUnit.creditCode });
    expect(waiting.statusCode).toBe(409);
    expect(waiting.json().error.message).toContain('正在等待所在地人社部门审核');

    const wrongCode = employerForm();
    const sent = await units.codeFor(wrongCode.contactPhone as string);
    const wrong = await post('/api/v1/public/unit-registrations', {
      ...wrongCode,
      code: sent === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('CODE_WRONG');
    // A code for another purpose does not open a unit registration.
    const personPhone = newPhone();
    await post('/api/v1/public/phone-codes', { phone: personPhone, purpose: 'register' });
    const personCode = /验证码(\d{6})/.exec(s.t.sent.at(-1)!.body)![1]!;
    const otherPurpose = await post('/api/v1/public/unit-registrations', {
      ...employerForm({ contactPhone: personPhone }),
      code: personCode,
    });
    expect(otherPurpose.json().error.code).toBe('CODE_EXPIRED');

    const badPhone = await refusal({ contactPhone: '12345' }, '123456');
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json().error.details[0]).toMatchObject({ path: 'contactPhone' });

    const phoneTaken = await refusal({ contactPhone: pendingUnit.contactPhone }, '123456');
    expect(phoneTaken.statusCode).toBe(409);
    expect(phoneTaken.json().error.code).toBe('PHONE_TAKEN');

    const nameTaken = await refusal({ username: pendingUnit.username });
    expect(nameTaken.statusCode).toBe(409);
    expect(nameTaken.json().error.code).toBe('USERNAME_TAKEN');

    const noKind = await refusal({ employerKind: undefined }, '123456');
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().error.details[0].path).toBe('employerKind');

    const bureau = await refusal({ kind: 'hr-bureau' }, '123456');
    expect(bureau.statusCode).toBe(400);
    expect(bureau.json().error.details[0].path).toBe('kind');

    const employerDispatching = await refusal({ dispatchesTo: [s.w.orgs.employer.creditCode] }, '123456');
    expect(employerDispatching.statusCode).toBe(400);
    expect(employerDispatching.json().error.details[0].path).toBe('dispatchesTo');

    const weakPassword = await refusal({ password: 'onlyletters' }, '123456');
    expect(weakPassword.statusCode).toBe(400);
    expect(weakPassword.json().error.details[0].path).toBe('password');

    for (const departmentId of [liaoyangDepartment.id, s.w.orgs.employer.id, pendingEmployer.id]) {
      const department = await refusal({ departmentId }, '123456');
      expect(department.statusCode, department.body).toBe(422);
      expect(department.json().error).toMatchObject({
        code: 'DEPARTMENT_NOT_ACCEPTED',
        details: [{ path: 'departmentId' }],
      });
    }

    const targets = await refusal(
      {
        kind: 'dispatch-agency',
        dispatchesTo: [
          s.w.orgs.employer.creditCode,
          pendingEmployer.id,
          makeCreditCode(),
          s.w.orgs.hrBureau.id,
        ],
      },
      '123456',
    );
    expect(targets.statusCode, targets.body).toBe(422);
    expect(targets.json().error.details).toEqual([
      { path: 'dispatchesTo[1]', message: '该用人单位尚未通过审核' },
      { path: 'dispatchesTo[2]', message: '不是已登记的用人单位' },
      { path: 'dispatchesTo[3]', message: '不是已登记的用人单位' },
    ]);

    expect(await counts()).toEqual(before);
  });

  it('lets a returned registration be corrected: same credit code and a code to the original contact phone replace it', async () => {
    const form = employerForm({ name: '鞍山市铁东区待修改单位' });
    const created = await register(form);
    const unitId = created.json().organisationId as string;
    const returned = await api.post(s.w.sessions.hr, `/api/v1/unit-registrations/${unitId}/return`, {
      note: '单位名称与营业执照不一致',
    });
    expect(returned.statusCode, returned.body).toBe(200);

    const refused = await login(form.username);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: 'UNIT_REGISTRATION_RETURNED',
      message: expect.stringContaining('单位注册已被退回：单位名称与营业执照不一致'),
    });

    // Someone else, with another phone, cannot take the returned registration over.
    const before = await counts();
    const stranger = await register(employerForm({ creditCode: form.creditCode }));
    expect(stranger.statusCode).toBe(409);
    expect(stranger.json().error.message).toContain('原注册联系人的手机号');

    s.t.clock.advance(2 * 60_000);
    const corrected = await register({
      ...form,
      name: '鞍山市铁东区已修改科技有限公司',
      username: `${form.username}x`,
      password: 'Xinmima2026',
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(corrected.json()).toMatchObject({ organisationId: unitId, resubmitted: true, status: 'pending' });
    expect(await counts()).toEqual(before);
    const unit = await unitNamed(form.creditCode as string);
    expect(unit).toMatchObject({
      name: '鞍山市铁东区已修改科技有限公司',
      status: 'pending',
      reviewNote: null,
    });
    const again = await login(`${form.username}x`, 'Xinmima2026');
    expect(again.json().error.code).toBe('UNIT_PENDING_REVIEW');
    const events = await s.t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, unitId))
      .orderBy(auditEvents.seq);
    expect(events.map((e) => e.action)).toEqual(['unit.registered', 'unit.returned', 'unit.resubmitted']);
  });

  it('answers two registrations of one credit code at once with one unit and a 409, never a 500', async () => {
    const form = employerForm();
    const other = employerForm({ creditCode: form.creditCode });
    const [codeA, codeB] = [
      await units.codeFor(form.contactPhone as string),
      await units.codeFor(other.contactPhone as string),
    ];
    const responses = await Promise.all([
      post('/api/v1/public/unit-registrations', { ...form, code: codeA }),
      post('/api/v1/public/unit-registrations', { ...other, code: codeB }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });
});
