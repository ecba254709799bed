import { beforeAll, describe, expect, it } from 'vitest';
import { reviewSessions } from '../src/db/schema';
import { ROLE_CODES, type Role } from '../src/domain/access/roles';
import { declaredAccess } from '../src/http/access';
import { signedInRequests, testAppSuite } from './helpers/app-suite';
import { applicationRequests } from './helpers/application-requests';
import { type ApplicationWorld, buildApplicationWorld } from './helpers/application-world';
import { authed, createOrganisation, makeIdNumber, type Session } from './helpers/factories';
import { passesAccessGate, sessionsOfEveryRole } from './helpers/role-sessions';
import { staffWorkbook, uploadStaff } from './helpers/staff-workbook';

const s = testAppSuite({ loginRateLimitPerMinute: 10_000 });
const api = signedInRequests(() => s.t);
let w: ApplicationWorld;
let owner: Session;
let applicationId: string;
const sessions = new Map<Role, Session>();

beforeAll(async () => {
  w = await buildApplicationWorld(s.t);
  const filed = await w.applicant(w.orgs.employer.id);
  owner = filed.session;
  const created = await applicationRequests(() => s.t).file(owner);
  applicationId = created.json().id;
  for (const [role, session] of await sessionsOfEveryRole(s.t, w)) sessions.set(role, session);
});

/** Routes whose call would end the caller's own session: checked elsewhere (auth tests). */
const SESSION_ENDING = new Set(['POST /api/v1/auth/logout']);

describe('the authorisation matrix', () => {
  it('answers every API route × every role exactly as declared: allowed ones pass the gate, others get 403', async () => {
    const routes = [...declaredAccess(s.t.app)].filter(
      ([key]) => key.includes(' /api/') && !key.startsWith('HEAD '),
    );
    expect(routes.length).toBeGreaterThan(40);
    let cells = 0;
    for (const [key, access] of routes) {
      if (SESSION_ENDING.has(key)) continue;
      const [method, pattern] = key.split(' ') as [string, string];
      const url = pattern
        .replace(':attachmentId', '00000000-0000-4000-8000-000000000001')
        .replace(':unitId', '00000000-0000-4000-8000-000000000002')
        .replace(':id', '00000000-0000-4000-8000-000000000000')
        .replace(':year', '2031')
        .replace(':date', '2031-01-02');
      for (const role of ROLE_CODES) {
        const response = await s.t.app.inject({
          method: method as 'GET',
          url,
          headers: authed(sessions.get(role)!),
          payload: method === 'GET' || method === 'DELETE' ? undefined : {},
        });
        const denied = response.statusCode === 403 && response.json().error?.code === 'FORBIDDEN';
        expect(response.statusCode, `${key} as ${role}`).not.toBe(401);
        expect(denied, `${key} as ${role}: ${response.statusCode} ${response.body.slice(0, 120)}`).toBe(
          !passesAccessGate(access, role),
        );
        cells += 1;
      }
    }
    expect(cells).toBeGreaterThan(40 * ROLE_CODES.length);
  });

  it('answers "not found" for an application outside the caller’s organisation, jurisdiction or committee', async () => {
    const status = async (session: Session) =>
      (await api.get(session, `/api/v1/applications/${applicationId}`)).statusCode;
    const expected: [string, Session, number][] = [
      ['the applicant who filed it', owner, 200],
      ['another applicant', sessions.get('applicant')!, 404],
      ['its employer', w.sessions.employer, 200],
      ['another employer', w.sessions.otherEmployer, 404],
      ['a dispatch agency not involved', w.sessions.dispatcher, 404],
      ['a department it does not answer to', w.sessions.department, 404],
      ['the HR bureau of its city', w.sessions.hr, 200],
      ['the HR bureau of another city', w.sessions.liaoyangHr, 404],
      ['a committee office it was not routed to', w.sessions.cityOffice, 404],
      ['the supervisor of its city', w.sessions.supervisor, 200],
      ['an expert', sessions.get('expert')!, 403],
      ['the system administrator', w.sessions.admin, 403],
    ];
    for (const [who, session, code] of expected) expect(await status(session), who).toBe(code);
    const list = await api.get(w.sessions.otherEmployer, '/api/v1/applications');
    expect(list.json().total).toBe(0);
    const act = await api.post(
      w.sessions.otherEmployer,
      `/api/v1/applications/${applicationId}/transitions`,
      { event: 'start-unit-publicity' },
    );
    expect(act.statusCode).toBe(404);
    const file = await api.get(w.sessions.liaoyangHr, `/api/v1/applications/${applicationId}/form.pdf`);
    expect(file.statusCode).toBe(404);
  });

  it('lets only the unit asked decide a binding request, only its requester withdraw it, only an admin unlink it', async () => {
    const asker = await w.applicant(null);
    const asked = await api.post(asker.session, '/api/v1/me/employment-bindings', {
      organisationId: w.orgs.employer.id,
      relation: 'staff',
      startedOn: '2020-01-01',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const id = asked.json().id as string;
    const call = async (session: Session, url: string, payload?: Record<string, unknown>) =>
      (await s.t.app.inject({ method: 'POST', url, headers: authed(session), payload: payload ?? {} }))
        .statusCode;
    const seen = async (session: Session) =>
      (await api.get(session, '/api/v1/employer/binding-requests'))
        .json()
        .items.some((b: { id: string }) => b.id === id);
    expect(await seen(w.sessions.employer), 'its unit').toBe(true);
    expect(await seen(w.sessions.otherEmployer), 'another unit').toBe(false);
    const decide = `/api/v1/employer/binding-requests/${id}/confirm`;
    const expected: [string, Session, number][] = [
      ['another employer', w.sessions.otherEmployer, 404],
      ['the employer of a unit with a department', w.sessions.departmentEmployer, 404],
      ['the dispatch agency', w.sessions.dispatcher, 403],
      ['the HR bureau', w.sessions.hr, 403],
      ['the system administrator', w.sessions.admin, 403],
      ['the requester', asker.session, 403],
    ];
    for (const [who, session, code] of expected) expect(await call(session, decide), who).toBe(code);
    const withdraw = `/api/v1/me/employment-bindings/${id}/withdraw`;
    expect(await call(sessions.get('applicant')!, withdraw), 'another applicant').toBe(404);
    expect(await call(w.sessions.employer, decide), 'its unit').toBe(200);
    const unlink = `/api/v1/admin/employment-bindings/${id}/unlink`;
    expect(await call(w.sessions.employer, unlink, { reason: '误确认' }), 'its unit').toBe(403);
    expect(await call(w.sessions.hr, unlink, { reason: '误确认' }), 'the HR bureau').toBe(403);
    expect(await call(w.sessions.admin, unlink, { reason: '误确认' }), 'the administrator').toBe(200);
  });

  it('hands a session’s pool snapshot to its committee office and its region’s HR bureau and supervisor only', async () => {
    const [held] = await s.t.database.db
      .insert(reviewSessions)
      .values({
        committeeId: w.committees.citySenior.id,
        year: 2026,
        name: '2026年度鞍山市工程技术高级职称评审会',
        heldOn: '2026-11-20',
        place: '鞍山',
        status: 'seed-published',
        strata: [{ group: '通信工程', seats: 11, alternates: 3 }],
        lookBackYears: 3,
        seed: 'matrix-0001',
        poolHash: '0'.repeat(64),
        inputsHash: '0'.repeat(64),
        poolSnapshot: '[]',
        drawInputs: '[]',
        createdBy: w.orgs.cityOffice.id,
      })
      .returning();
    const snapshot = async (session: Session) =>
      (await api.get(session, `/api/v1/review-sessions/${held!.id}/pool-snapshot`)).statusCode;
    const expected: [string, Session, number][] = [
      ['the committee office of the session', w.sessions.cityOffice, 200],
      ['another committee office', w.sessions.provinceOffice, 404],
      ['the HR bureau of the committee’s city', w.sessions.hr, 200],
      ['the HR bureau of another city', w.sessions.liaoyangHr, 404],
      ['the supervisor of the committee’s city', w.sessions.supervisor, 200],
      ['an employer', w.sessions.employer, 403],
      ['an expert', sessions.get('expert')!, 403],
      ['the system administrator', w.sessions.admin, 403],
    ];
    for (const [who, session, code] of expected) expect(await snapshot(session), who).toBe(code);
  });

  it('shows a unit’s registration and relations to the HR bureau of its region (and relations to the administrator) only', async () => {
    const unit = await createOrganisation(s.t.database.db, {
      name: '鞍山市矩阵测试劳务派遣有限公司',
      kind: 'dispatch-agency',
      jurisdictionCode: '210302',
      status: 'pending',
    });
    const status = async (session: Session, url: string) =>
      (await s.t.app.inject({ method: 'GET', url, headers: authed(session) })).statusCode;
    const expected: [string, Session, number, number][] = [
      ['the HR bureau of its city', w.sessions.hr, 200, 200],
      ['the HR bureau of another city', w.sessions.liaoyangHr, 404, 404],
      ['the system administrator', w.sessions.admin, 403, 200],
      ['an employer', w.sessions.employer, 403, 403],
      ['a dispatch agency', w.sessions.dispatcher, 403, 403],
      ['a department', w.sessions.department, 403, 403],
      ['the supervisor of its city', w.sessions.supervisor, 403, 403],
    ];
    for (const [who, session, registration, relations] of expected) {
      expect(await status(session, `/api/v1/unit-registrations/${unit.id}`), who).toBe(registration);
      expect(await status(session, `/api/v1/organisations/${unit.id}/dispatch-relations`), who).toBe(
        relations,
      );
    }
  });

  it('registers staff in bulk only into the caller’s own unit, and only for units (staff.bind)', async () => {
    const file = await staffWorkbook([
      {
        name: '矩阵测试',
        idNumber: makeIdNumber('1990-10-10'),
        phone: '13900009999',
        relation: '在编',
        startedOn: '2020-01-01',
      },
    ]);
    const mine = await uploadStaff(s.t, w.sessions.otherEmployer, file, { dryRun: true });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().unit.id).toBe(w.orgs.otherEmployer.id);
    for (const role of ROLE_CODES.filter((r) => r !== 'employer')) {
      const refused = await uploadStaff(s.t, sessions.get(role)!, file, { dryRun: true });
      expect(refused.statusCode, role).toBe(403);
    }
  });
});
