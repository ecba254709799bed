import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationRequests } from '../../../test/helpers/application-requests';
import {
  type ApplicationWorld,
  buildApplicationWorld,
  STORY_CONFIG,
} from '../../../test/helpers/application-world';
import { authed, createOrganisation, createUser, login, type Session } from '../../../test/helpers/factories';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { unitRegistrations } from '../../../test/helpers/unit-registrations';
import { applications, auditEvents } from '../../db/schema';

let t: TestApp;
let w: ApplicationWorld;
const { file, act, get, setDay } = applicationRequests(() => t);
const units = unitRegistrations(() => t);

beforeAll(async () => {
  t = await createTestApp(STORY_CONFIG);
  w = await buildApplicationWorld(t);
});
afterAll(() => t?.close());

const setDepartment = (session: Session, id: string, departmentId: string | null) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/organisations/${id}/department`,
    headers: authed(session),
    payload: { departmentId },
  });

const relationsUrl = (agencyId: string) => `/api/v1/organisations/${agencyId}/dispatch-relations`;

describe('主管部门', () => {
  it('is set by the HR bureau with an audit event; applications filed afterwards take the department step, earlier ones do not', async () => {
    setDay('2026-03-02');
    const unit = await createOrganisation(t.database.db, {
      name: '鞍山市铁东区主管部门测试有限公司',
      jurisdictionCode: '210302',
      employerKind: 'private-enterprise',
    });
    const employerUser = await createUser(t.database.db, { roles: ['employer'], organisationId: unit.id });
    const employer = await login(t.app, employerUser.username);
    const before = await w.applicant(unit.id);
    const earlier = (await file(before.session)).json().id as string;

    const set = await setDepartment(w.sessions.hr, unit.id, w.orgs.department.id);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      id: unit.id,
      status: 'approved',
      department: { id: w.orgs.department.id, name: '鞍山市工业和信息化局' },
    });
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, unit.id), eq(auditEvents.action, 'organisation.department-changed')),
      );
    expect(event!.data).toEqual({ from: null, to: w.orgs.department.id });

    const after = await w.applicant(unit.id);
    const later = (await file(after.session)).json().id as string;
    const rows = await t.database.db
      .select({ id: applications.id, departmentId: applications.departmentId })
      .from(applications)
      .where(eq(applications.employerId, unit.id));
    expect(new Map(rows.map((r) => [r.id, r.departmentId]))).toEqual(
      new Map([
        [earlier, null],
        [later, w.orgs.department.id],
      ]),
    );
    // The department sees the later application only, and the chain goes through it.
    expect((await get(w.sessions.department, `/api/v1/applications/${later}`)).statusCode).toBe(200);
    expect((await get(w.sessions.department, `/api/v1/applications/${earlier}`)).statusCode).toBe(404);
    for (const id of [earlier, later])
      expect((await act(employer, id, { event: 'start-unit-publicity' })).statusCode).toBe(200);
    setDay('2026-03-09');
    const recommend = (id: string) => act(employer, id, { event: 'recommend', unitCommitment: true });
    expect((await recommend(later)).json().state).toBe('department-review');
    expect((await recommend(earlier)).json().state).toBe('hr-review');
    expect((await act(w.sessions.department, later, { event: 'department-approve' })).json().state).toBe(
      'hr-review',
    );

    const cleared = await setDepartment(w.sessions.admin, unit.id, null);
    expect(cleared.json().department).toBeNull();
    const events = await t.database.db
      .select({ data: auditEvents.data })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, unit.id), eq(auditEvents.action, 'organisation.department-changed')),
      )
      .orderBy(auditEvents.seq);
    expect(events.map((e) => e.data)).toEqual([
      { from: null, to: w.orgs.department.id },
      { from: w.orgs.department.id, to: null },
    ]);
  });

  it('refuses a department that cannot be the unit’s, and a unit outside the bureau’s jurisdiction is not found', async () => {
    const liaoyangDepartment = await createOrganisation(t.database.db, {
      name: '辽阳市卫生健康委员会',
      kind: 'department',
      jurisdictionCode: '211000',
    });
    for (const departmentId of [liaoyangDepartment.id, w.orgs.otherEmployer.id]) {
      const refused = await setDepartment(w.sessions.hr, w.orgs.employer.id, departmentId);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.details[0].path).toBe('departmentId');
    }
    expect((await setDepartment(w.sessions.liaoyangHr, w.orgs.employer.id, null)).statusCode).toBe(404);
    // Only employers and agencies have departments set this way.
    expect((await setDepartment(w.sessions.hr, w.orgs.hrBureau.id, null)).statusCode).toBe(404);
    // The administrator's organisation views carry the department and status.
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${w.orgs.withDepartment.id}`,
      headers: authed(w.sessions.admin),
    });
    expect(listed.json()).toMatchObject({
      status: 'approved',
      department: { id: w.orgs.department.id },
      contact: null,
    });
  });
});

describe('派遣关系', () => {
  it('are added, listed and ended by the HR bureau of the agency’s region, each audited', async () => {
    const url = relationsUrl(w.orgs.agency.id);
    const added = await t.app.inject({
      method: 'POST',
      url,
      headers: authed(w.sessions.hr),
      payload: { unit: w.orgs.otherEmployer.creditCode },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject([
      { unit: { id: w.orgs.otherEmployer.id }, status: 'approved', statusName: '有效' },
    ]);
    const twice = await t.app.inject({
      method: 'POST',
      url,
      headers: authed(w.sessions.hr),
      payload: { unit: w.orgs.otherEmployer.id },
    });
    expect(twice.statusCode).toBe(409);

    const ended = await t.app.inject({
      method: 'DELETE',
      url: `${url}/${w.orgs.otherEmployer.id}`,
      headers: authed(w.sessions.hr),
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject([{ status: 'ended' }]);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `${url}/${w.orgs.otherEmployer.id}`,
      headers: authed(w.sessions.hr),
    });
    expect(again.statusCode).toBe(404);
    // Named again, the ended relation is revived, not duplicated.
    const revived = await t.app.inject({
      method: 'POST',
      url,
      headers: authed(w.sessions.admin),
      payload: { unit: w.orgs.otherEmployer.creditCode },
    });
    expect(revived.json()).toMatchObject([{ status: 'approved' }]);
    const actions = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, w.orgs.agency.id))
      .orderBy(auditEvents.seq);
    expect(actions.map((a) => a.action)).toEqual([
      'dispatch-relation.added',
      'dispatch-relation.ended',
      'dispatch-relation.added',
    ]);

    expect((await get(w.sessions.liaoyangHr, url)).statusCode).toBe(404);
    expect((await get(w.sessions.hr, relationsUrl(w.orgs.employer.id))).statusCode).toBe(404);
  });

  it('accept only approved employers: a registered employer becomes one once the bureau approves it', async () => {
    const form = units.employerForm({ name: '鞍山市新审核用人单位有限公司' });
    const registered = await units.register(form);
    const unitId = registered.json().organisationId as string;
    const add = () =>
      t.app.inject({
        method: 'POST',
        url: relationsUrl(w.orgs.agency.id),
        headers: authed(w.sessions.hr),
        payload: { unit: form.creditCode },
      });
    const early = await add();
    expect(early.statusCode).toBe(422);
    expect(early.json().error.details).toEqual([{ path: 'unit', message: '该用人单位尚未通过审核' }]);
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/unit-registrations/${unitId}/approve`,
      headers: authed(w.sessions.hr),
    });
    expect(approved.statusCode).toBe(200);
    const accepted = await add();
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json().map((r: { unit: { id: string } }) => r.unit.id)).toContain(unitId);
  });
});
