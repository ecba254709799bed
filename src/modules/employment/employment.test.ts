import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInRequests } from '../../../test/helpers/app-suite';
import { applicationSuite } from '../../../test/helpers/application-suite';
import {
  authed,
  createOrganisation,
  createUser,
  login,
  makeCreditCode,
  type Session,
} from '../../../test/helpers/factories';
import { employmentBindings, notifications } from '../../db/schema';

const s = applicationSuite({ loginRateLimitPerMinute: 10_000 });

const ask = (session: Session, payload: Record<string, unknown>) =>
  s.t.app.inject({
    method: 'POST',
    url: '/api/v1/me/employment-bindings',
    headers: authed(session),
    payload,
  });
/** Asks to be bound to `organisationId` as its staff (relation `staff`) from `startedOn`. */
const askAsStaff = (session: Session, organisationId: string, startedOn: string) =>
  ask(session, { organisationId, relation: 'staff', startedOn });
const { get } = signedInRequests(() => s.t);
const withdraw = (session: Session, id: string) =>
  s.t.app.inject({
    method: 'POST',
    url: `/api/v1/me/employment-bindings/${id}/withdraw`,
    headers: authed(session),
  });

async function bindingsOf(personId: string) {
  const [row] = await s.t.database.db
    .select({ n: count() })
    .from(employmentBindings)
    .where(eq(employmentBindings.personId, personId));
  return row!.n;
}

/** A self-registered professional: no employer yet, a saved profile, born 1988-03-15. */
const newcomer = () => s.w.applicant(null);

describe('a person asks to be bound to their employer', () => {
  it('shows nothing bound at first, then a pending request the unit is told about, which the person may withdraw', async () => {
    const { person, session } = await newcomer();
    const empty = await get(session, '/api/v1/me/employment');
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toEqual({ current: null, pending: null, history: [] });

    const inboxBefore = await s.t.database.db.select({ n: count() }).from(notifications);
    const asked = await ask(session, {
      creditCode: s.w.orgs.employer.creditCode.toLowerCase(),
      relation: 'contract',
      startedOn: '2020-07-01',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({
      status: 'pending',
      source: 'person',
      relation: 'contract',
      startedOn: '2020-07-01',
      dispatchAgency: null,
      organisation: { id: s.w.orgs.employer.id, name: s.w.orgs.employer.name },
      actions: ['withdraw'],
    });
    const inboxAfter = await s.t.database.db.select({ n: count() }).from(notifications);
    expect(inboxAfter[0]!.n).toBeGreaterThan(inboxBefore[0]!.n);
    const unitInbox = await get(s.w.sessions.employer, '/api/v1/me/notifications');
    expect(unitInbox.json().items[0]).toMatchObject({ title: '人员绑定申请', link: '/binding-requests' });
    expect(unitInbox.json().items[0].body).toContain(person.name);

    const mine = (await get(session, '/api/v1/me/employment')).json();
    expect(mine.current).toBeNull();
    expect(mine.pending).toMatchObject({ id: asked.json().id, status: 'pending' });
    expect(mine.history).toHaveLength(1);

    // A second request while the first waits: refused, nothing written.
    const again = await askAsStaff(session, s.w.orgs.otherEmployer.id, '2021-01-01');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'BINDING_PENDING' });
    expect(again.json().error.message).toContain(s.w.orgs.employer.name);
    expect(await bindingsOf(person.id)).toBe(1);

    // Someone else cannot withdraw it, and cannot tell it exists.
    const stranger = await newcomer();
    expect((await withdraw(stranger.session, asked.json().id)).statusCode).toBe(404);

    const withdrawn = await withdraw(session, asked.json().id);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', actions: [] });
    const twice = await withdraw(session, asked.json().id);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('BINDING_DECIDED');
    expect((await get(session, '/api/v1/me/employment')).json()).toMatchObject({
      current: null,
      pending: null,
      history: [{ status: 'withdrawn' }],
    });

    // Withdrawn, the person may ask again.
    const renewed = await askAsStaff(session, s.w.orgs.employer.id, '2020-07-01');
    expect(renewed.statusCode, renewed.body).toBe(201);
  });

  it('names a dispatched person’s agency, which must be an approved dispatch agency', async () => {
    const { session } = await newcomer();
    const asked = await ask(session, {
      organisationId: s.w.orgs.employer.id,
      relation: 'dispatch',
      dispatchAgencyId: s.w.orgs.agency.id,
      startedOn: '2022-03-01',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json().dispatchAgency).toEqual({ id: s.w.orgs.agency.id, name: s.w.orgs.agency.name });
  });

  it('refuses, with a Chinese reason and no write, every request it cannot take', async () => {
    const { person, session } = await newcomer();
    const pendingUnit = await createOrganisation(s.t.database.db, {
      name: '待审核的新注册单位',
      status: 'pending',
    });
    const pendingAgency = await createOrganisation(s.t.database.db, {
      name: '待审核的劳务派遣公司',
      kind: 'dispatch-agency',
      status: 'pending',
    });
    const base = { organisationId: s.w.orgs.employer.id, relation: 'staff', startedOn: '2015-09-01' };
    const cases: [string, Record<string, unknown>, number, string, string][] = [
      [
        'an unknown credit code',
        { creditCode: makeCreditCode(), organisationId: undefined },
        422,
        'UNIT_NOT_FOUND',
        'creditCode',
      ],
      [
        'an unknown unit id',
        { organisationId: '00000000-0000-4000-8000-000000000009' },
        422,
        'UNIT_NOT_FOUND',
        'organisationId',
      ],
      [
        'a malformed credit code',
        { creditCode: '91210300MA0000000X', organisationId: undefined },
        400,
        'VALIDATION_FAILED',
        'creditCode',
      ],
      [
        'both the code and the id',
        { creditCode: s.w.orgs.employer.creditCode },
        400,
        'VALIDATION_FAILED',
        'creditCode',
      ],
      ['neither the code nor the id', { organisationId: undefined }, 400, 'VALIDATION_FAILED', 'creditCode'],
      [
        'a unit still under review',
        { organisationId: pendingUnit.id },
        422,
        'UNIT_NOT_APPROVED',
        'organisationId',
      ],
      [
        'a dispatch agency as the employer',
        { organisationId: s.w.orgs.agency.id },
        422,
        'NOT_AN_EMPLOYER',
        'organisationId',
      ],
      [
        'the HR bureau as the employer',
        { creditCode: s.w.orgs.hrBureau.creditCode, organisationId: undefined },
        422,
        'NOT_AN_EMPLOYER',
        'creditCode',
      ],
      ['dispatch without an agency', { relation: 'dispatch' }, 400, 'VALIDATION_FAILED', 'dispatchAgencyId'],
      [
        'an agency for a staff member',
        { dispatchAgencyId: s.w.orgs.agency.id },
        400,
        'VALIDATION_FAILED',
        'dispatchAgencyId',
      ],
      [
        'an employer as the agency',
        { relation: 'dispatch', dispatchAgencyId: s.w.orgs.otherEmployer.id },
        422,
        'NOT_A_DISPATCH_AGENCY',
        'dispatchAgencyId',
      ],
      [
        'an agency under review',
        { relation: 'dispatch', dispatchAgencyId: pendingAgency.id },
        422,
        'UNIT_NOT_APPROVED',
        'dispatchAgencyId',
      ],
      ['a start after today', { startedOn: '2026-03-03' }, 422, 'INVALID_START_DATE', 'startedOn'],
      [
        'a start before the sixteenth birthday',
        { startedOn: '2004-03-14' },
        422,
        'INVALID_START_DATE',
        'startedOn',
      ],
      ['an impossible date', { startedOn: '2023-02-29' }, 400, 'VALIDATION_FAILED', 'startedOn'],
      ['an unknown relation', { relation: 'intern' }, 400, 'VALIDATION_FAILED', 'relation'],
    ];
    for (const [what, change, status, code, path] of cases) {
      const response = await ask(session, { ...base, ...change });
      expect(response.statusCode, `${what}: ${response.body}`).toBe(status);
      const error = response.json().error;
      expect(error.code, what).toBe(code);
      expect(error.message, what).toMatch(/[\u4e00-\u9fff]/);
      expect(
        error.details.map((d: { path: string }) => d.path),
        what,
      ).toContain(path);
    }
    expect(await bindingsOf(person.id)).toBe(0);
    // The sixteenth birthday itself is fine.
    expect((await ask(session, { ...base, startedOn: '2004-03-15' })).statusCode).toBe(201);
  });

  it('refuses a request for the unit the person is already bound to', async () => {
    const { person, session } = await s.w.applicant(s.w.orgs.employer.id);
    const response = await askAsStaff(session, s.w.orgs.employer.id, '2016-01-01');
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'ALREADY_BOUND' });
    expect(await bindingsOf(person.id)).toBe(0);
    // An employer on record before bindings existed still shows as the current unit.
    const mine = (await get(session, '/api/v1/me/employment')).json();
    expect(mine.current).toMatchObject({
      bindingId: null,
      organisation: { id: s.w.orgs.employer.id, regionName: '辽宁省鞍山市铁东区' },
      relation: null,
    });
  });
  it('answers “not found” to an applicant account without a person on record, writing nothing', async () => {
    const user = await createUser(s.t.database.db, { roles: ['applicant'] });
    const session = await login(s.t.app, user.username);
    const mine = await get(session, '/api/v1/me/employment');
    expect(mine.statusCode).toBe(404);
    expect(mine.json().error.code).toBe('PROFILE_NOT_FOUND');
    const asked = await askAsStaff(session, s.w.orgs.employer.id, '2020-01-01');
    expect(asked.statusCode).toBe(404);
  });
});

describe('the employer search of the request form', () => {
  it('finds approved employers by part of the name or the start of the credit code, nothing else', async () => {
    await createOrganisation(s.t.database.db, { name: '鞍山恒信通信分公司（待审核）', status: 'pending' });
    const { session } = await newcomer();
    const byName = await get(session, `/api/v1/employers?q=${encodeURIComponent('恒信通信')}`);
    expect(byName.statusCode, byName.body).toBe(200);
    expect(byName.json()).toEqual([
      {
        id: s.w.orgs.employer.id,
        name: s.w.orgs.employer.name,
        creditCode: s.w.orgs.employer.creditCode,
        regionName: '辽宁省鞍山市铁东区',
      },
    ]);
    const prefix = s.w.orgs.otherEmployer.creditCode.slice(0, 14).toLowerCase();
    const byCode = (await get(session, `/api/v1/employers?q=${prefix}`)).json();
    expect(byCode.map((u: { id: string }) => u.id)).toEqual([s.w.orgs.otherEmployer.id]);
    const agencies = (await get(session, `/api/v1/employers?q=${encodeURIComponent('汇才')}`)).json();
    expect(agencies).toEqual([]);
    for (let i = 0; i < 22; i++) await createOrganisation(s.t.database.db, { name: `批量用人单位${i}` });
    expect(
      (await get(session, `/api/v1/employers?q=${encodeURIComponent('批量用人单位')}`)).json(),
    ).toHaveLength(20);
    // Any logged-in user may search (an employer's clerk checks its own listing); no login, no answer.
    expect((await get(s.w.sessions.hr, '/api/v1/employers')).statusCode).toBe(200);
    expect((await s.t.app.inject({ method: 'GET', url: '/api/v1/employers' })).statusCode).toBe(401);
  });
});
