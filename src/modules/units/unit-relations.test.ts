import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInRequests } from '../../../test/helpers/app-suite';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { authed, createOrganisation, type Session, signIn } from '../../../test/helpers/factories';
import { unitRegistrations } from '../../../test/helpers/unit-registrations';
import { applications, auditEvents } from '../../db/schema';

const s = applicationSuite();
const api = signedInRequests(() => s.t);
const { file, act, get, setDay } = s;
const units = unitRegistrations(() => s.t);

const setDepartment = (session: Session, id: string, departmentId: string | null) =>
  api.put(session, `/api/v1/organisations/${id}/department`, { departmentId });

const relationsUrl = (agencyId: string) => `/api/v1/organisations/${agencyId}/dispatch-relations`;

describe('主管部门', () => {
  it('is set by the HR bureau with an audit event; applications filed afterwards take the department step, earlier ones do not', async () => {
    setDay('2026-03-02');
    const unit = await createOrganisation(s.t.database.db, {
      name: '鞍山市铁东区主管部门测试有限公司',
      jurisdictionCode: '210302',
      employerKind: 'private-enterprise',
    });
    const employer = await signIn(s.t, { roles: ['employer'], organisationId: unit.id });
    const before = await s.w.applicant(unit.id);
    const earlier = (await file(before.session)).json().id as string;

    const set = await setDepartment(s.w.sessions.hr, unit.id, s.w.orgs.department.id);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      id: unit.id,
      status: 'approved',
      department: { id: s.w.orgs.department.id, name: '鞍山市工业和信息化局' },
    });
    const [event] = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, unit.id), eq(auditEvents.action, 'organisation.department-changed')),
      );
    expect(event!.data).toEqual({ from: null, to: s.w.orgs.department.id });

    const after = await s.w.applicant(unit.id);
    const later = (await file(after.session)).json().id as string;
    const rows = await s.t.database.db
      .select({ id: applications.id, departmentId: applications.departmentId })
      .from(applications)
      .where(eq(applications.employerId, unit.id));
    expect(new Map(rows.map((r) => [r.id, r.departmentId]))).toEqual(
      new Map([
        [earlier, null],
        [later, s.w.orgs.department.id],
      ]),
    );
    // The department sees the later application only, and the chain goes through it.
    expect((await get(s.w.sessions.department, `/api/v1/applications/${later}`)).statusCode).toBe(200);
    expect((await get(s.w.sessions.department, `/api/v1/applications/${earlier}`)).statusCode).toBe(404);
    for (const id of [earlier, later])
      expect((await act(employer, id, { event: 'start-unit-publicity' })).statusCode).toBe(200);
    setDay('2026-03-09');
    const recommend = (id: string) => act(employer, id, { event: 'recommend', unitCommitment: true });
    expect((await recommend(later)).json().state).toBe('department-review');
    expect((await recommend(earlier)).json().state).toBe('hr-review');
    expect((await act(s.w.sessions.department, later, { event: 'department-approve' })).json().state).toBe(
      'hr-review',
    );

    const cleared = await setDepartment(s.w.sessions.admin, unit.id, null);
    expect(cleared.json().department).toBeNull();
    const events = await s.t.database.db
      .select({ data: auditEvents.data })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, unit.id), eq(auditEvents.action, 'organisation.department-changed')),
      )
      .orderBy(auditEvents.seq);
    expect(events.map((e) => e.data)).toEqual([
      { from: null, to: s.w.orgs.department.id },
      { from: s.w.orgs.department.id, to: null },
    ]);
  });

  it('refuses a department that cannot be the unit’s, and a unit outside the bureau’s jurisdiction is not found', async () => {
    const liaoyangDepartment = await createOrganisation(s.t.database.db, {
      name: '辽阳市卫生健康委员会',
      kind: 'department',
      jurisdictionCode: '211000',
    });
    for (const departmentId of [liaoyangDepartment.id, s.w.orgs.otherEmployer.id]) {
      const refused = await setDepartment(s.w.sessions.hr, s.w.orgs.employer.id, departmentId);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.details[0].path).toBe('departmentId');
    }
    expect((await setDepartment(s.w.sessions.liaoyangHr, s.w.orgs.employer.id, null)).statusCode).toBe(404);
    // Only employers and agencies have departments set this way.
    expect((await setDepartment(s.w.sessions.hr, s.w.orgs.hrBureau.id, null)).statusCode).toBe(404);
    // The administrator's organisation views carry the department and status.
    const listed = await api.get(s.w.sessions.admin, `/api/v1/organisations/${s.w.orgs.withDepartment.id}`);
    expect(listed.json()).toMatchObject({
      status: 'approved',
      department: { id: s.w.orgs.department.id },
      contact: null,
    });
  });
});

describe('派遣关系', () => {
  it('are added, listed and ended by the HR bureau of the agency’s region, each audited', async () => {
    const url = relationsUrl(s.w.orgs.agency.id);
    const added = await s.t.app.inject({
      method: 'POST',
      url,
      headers: authed(s.w.sessions.hr),
      payload: { unit: s.w.orgs.otherEmployer.creditCode },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject([
      { unit: { id: s.w.orgs.otherEmployer.id }, status: 'approved', statusName: '有效' },
    ]);
    const twice = await s.t.app.inject({
      method: 'POST',
      url,
      headers: authed(s.w.sessions.hr),
      payload: { unit: s.w.orgs.otherEmployer.id },
    });
    expect(twice.statusCode).toBe(409);

    const ended = await api.del(s.w.sessions.hr, `${url}/${s.w.orgs.otherEmployer.id}`);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject([{ status: 'ended' }]);
    const again = await api.del(s.w.sessions.hr, `${url}/${s.w.orgs.otherEmployer.id}`);
    expect(again.statusCode).toBe(404);
    // Named again, the ended relation is revived, not duplicated.
    const revived = await s.t.app.inject({
      method: 'POST',
      url,
      headers: authed(s.w.sessions.admin),
      payload: { unit: s.w.orgs.otherEmployer.creditCode },
    });
    expect(revived.json()).toMatchObject([{ status: 'approved' }]);
    const actions = await s.t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, s.w.orgs.agency.id))
      .orderBy(auditEvents.seq);
    expect(actions.map((a) => a.action)).toEqual([
      'dispatch-relation.added',
      'dispatch-relation.ended',
      'dispatch-relation.added',
    ]);

    expect((await get(s.w.sessions.liaoyangHr, url)).statusCode).toBe(404);
    expect((await get(s.w.sessions.hr, relationsUrl(s.w.orgs.employer.id))).statusCode).toBe(404);
  });

  it('accept only approved employers: a registered employer becomes one once the bureau approves it', async () => {
    const form = units.employerForm({ name: '鞍山市新审核用人单位有限公司' });
    const registered = await units.register(form);
    const unitId = registered.json().organisationId as string;
    const add = () => api.post(s.w.sessions.hr, relationsUrl(s.w.orgs.agency.id), { unit: form.creditCode });
    const early = await add();
    expect(early.statusCode).toBe(422);
    expect(early.json().error.details).toEqual([{ path: 'unit', message: '该用人单位尚未通过审核' }]);
    const approved = await api.post(s.w.sessions.hr, `/api/v1/unit-registrations/${unitId}/approve`);
    expect(approved.statusCode).toBe(200);
    const accepted = await add();
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json().map((r: { unit: { id: string } }) => r.unit.id)).toContain(unitId);
  });
});
