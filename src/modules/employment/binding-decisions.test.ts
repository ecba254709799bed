import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInRequests } from '../../../test/helpers/app-suite';
import { SENIOR_TELECOM } from '../../../test/helpers/application-requests';
import { applicationSuite } from '../../../test/helpers/application-suite';
import type { Session } from '../../../test/helpers/factories';
import { firstSheet } from '../../../test/helpers/first-sheet';
import { auditEvents, employmentBindings, persons, users } from '../../db/schema';

const s = applicationSuite({ loginRateLimitPerMinute: 10_000 });

const { get, post } = signedInRequests(() => s.t);
const confirm = (session: Session, id: string) =>
  post(session, `/api/v1/employer/binding-requests/${id}/confirm`);
const refuse = (session: Session, id: string, reason: string) =>
  post(session, `/api/v1/employer/binding-requests/${id}/refuse`, { reason });

/** A self-registered professional with a pending request to `organisationId`. */
async function requester(organisationId: string, body: Record<string, unknown> = {}) {
  const applicant = await s.w.applicant(null);
  const asked = await post(applicant.session, '/api/v1/me/employment-bindings', {
    organisationId,
    relation: 'staff',
    startedOn: '2019-04-01',
    ...body,
  });
  expect(asked.statusCode, asked.body).toBe(201);
  return { ...applicant, bindingId: asked.json().id as string };
}

const personRow = async (id: string) =>
  (await s.t.database.db.select().from(persons).where(eq(persons.id, id)))[0]!;
const blockingCodes = async (session: Session) => {
  const preview = await post(session, '/api/v1/applications/preview', { target: SENIOR_TELECOM });
  expect(preview.statusCode, preview.body).toBe(200);
  return (preview.json().problems as { code: string }[]).map((p) => p.code);
};

describe('the unit decides a binding request', () => {
  it('confirms: the person’s employer and jurisdiction move, and the person can file through the unit', async () => {
    const { person, session, bindingId } = await requester(s.w.orgs.employer.id);
    expect(await blockingCodes(session)).toContain('NO_EMPLOYER');

    const queue = await get(s.w.sessions.employer, '/api/v1/employer/binding-requests?status=pending');
    expect(queue.statusCode, queue.body).toBe(200);
    const item = queue.json().items.find((b: { id: string }) => b.id === bindingId);
    expect(item).toMatchObject({
      person: { name: person.name, idNumberMasked: person.idNumberMasked },
      relation: 'staff',
      startedOn: '2019-04-01',
      status: 'pending',
      actions: ['confirm', 'refuse'],
    });
    expect(queue.body).not.toContain(person.idNumber);

    const confirmed = await confirm(s.w.sessions.employer, bindingId);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', actions: [] });
    const moved = await personRow(person.id);
    expect(moved.organisationId).toBe(s.w.orgs.employer.id);
    expect(moved.jurisdictionCode).toBe(s.w.orgs.employer.jurisdictionCode);
    expect(await blockingCodes(session)).not.toContain('NO_EMPLOYER');

    const mine = (await get(session, '/api/v1/me/employment')).json();
    expect(mine.current).toMatchObject({
      bindingId,
      organisation: { id: s.w.orgs.employer.id, creditCode: s.w.orgs.employer.creditCode },
      relation: 'staff',
      since: '2019-04-01',
    });
    const inbox = (await get(session, '/api/v1/me/notifications')).json();
    expect(inbox.items[0]).toMatchObject({ title: '单位已确认绑定', link: '/my-employment' });
    const [event] = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'employment.binding-confirmed'), eq(auditEvents.entityId, bindingId)),
      );
    expect(event).toBeDefined();

    // Decided once: a second confirmation or a refusal is a conflict, and changes nothing.
    const again = await confirm(s.w.sessions.employer, bindingId);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('BINDING_DECIDED');
    expect((await refuse(s.w.sessions.employer, bindingId, '重复操作')).statusCode).toBe(409);

    const staff = (await get(s.w.sessions.employer, '/api/v1/employer/staff')).json();
    expect(staff.items.map((b: { id: string }) => b.id)).toContain(bindingId);
    // The person's id is what the unit's appointment form names the person by.
    expect(staff.items.find((b: { id: string }) => b.id === bindingId).person.id).toBe(person.id);
  });

  it('moves a person from one unit to the next: the old binding ends on the new one’s first day', async () => {
    const { person, session, bindingId: first } = await requester(s.w.orgs.employer.id);
    expect((await confirm(s.w.sessions.employer, first)).statusCode).toBe(200);
    const early = await post(session, '/api/v1/me/employment-bindings', {
      organisationId: s.w.orgs.otherEmployer.id,
      relation: 'dispatch',
      dispatchAgencyId: s.w.orgs.agency.id,
      startedOn: '2019-03-31',
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.message).toContain('2019-04-01');
    const next = await post(session, '/api/v1/me/employment-bindings', {
      organisationId: s.w.orgs.otherEmployer.id,
      relation: 'dispatch',
      dispatchAgencyId: s.w.orgs.agency.id,
      startedOn: '2025-06-01',
    });
    expect(next.statusCode, next.body).toBe(201);
    // Until the new unit decides, the old one is still the employer.
    expect((await personRow(person.id)).organisationId).toBe(s.w.orgs.employer.id);
    expect((await confirm(s.w.sessions.otherEmployer, next.json().id)).statusCode).toBe(200);

    const mine = (await get(session, '/api/v1/me/employment')).json();
    expect(mine.current).toMatchObject({
      organisation: { id: s.w.orgs.otherEmployer.id },
      relation: 'dispatch',
      dispatchAgency: { id: s.w.orgs.agency.id, name: s.w.orgs.agency.name },
      since: '2025-06-01',
    });
    expect(mine.history.find((b: { id: string }) => b.id === first)).toMatchObject({
      status: 'ended',
      endedOn: '2025-06-01',
    });
    const moved = await personRow(person.id);
    expect(moved.organisationId).toBe(s.w.orgs.otherEmployer.id);
    expect(moved.jurisdictionCode).toBe(s.w.orgs.otherEmployer.jurisdictionCode);
    // The person's own account shows the new unit too.
    const [account] = await s.t.database.db.select().from(users).where(eq(users.personId, person.id));
    expect(account!.organisationId).toBe(s.w.orgs.otherEmployer.id);
  });

  it('refuses with a reason the person reads; the reason must be 2–200 characters', async () => {
    const { session, bindingId } = await requester(s.w.orgs.employer.id);
    for (const reason of ['', ' 无 ', '长'.repeat(201)]) {
      const bad = await refuse(s.w.sessions.employer, bindingId, reason);
      expect(bad.statusCode, reason).toBe(400);
      expect(bad.json().error.details[0].path).toBe('reason');
    }
    const refused = await refuse(s.w.sessions.employer, bindingId, '经核查，本单位无此人员的劳动合同');
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ status: 'refused', reason: '经核查，本单位无此人员的劳动合同' });
    const mine = (await get(session, '/api/v1/me/employment')).json();
    expect(mine.current).toBeNull();
    expect(mine.pending).toBeNull();
    expect(mine.history[0]).toMatchObject({ status: 'refused', reason: '经核查，本单位无此人员的劳动合同' });
    const inbox = (await get(session, '/api/v1/me/notifications')).json();
    expect(inbox.items[0].body).toContain('经核查，本单位无此人员的劳动合同');
    expect((await confirm(s.w.sessions.employer, bindingId)).statusCode).toBe(409);
  });

  it('keeps every unit to its own requests: another unit sees none and gets “not found”', async () => {
    const { bindingId } = await requester(s.w.orgs.employer.id);
    const other = await get(s.w.sessions.otherEmployer, '/api/v1/employer/binding-requests');
    expect(other.json().items.map((b: { id: string }) => b.id)).not.toContain(bindingId);
    const confirmed = await confirm(s.w.sessions.otherEmployer, bindingId);
    expect(confirmed.statusCode).toBe(404);
    expect(confirmed.json().error.code).toBe('BINDING_NOT_FOUND');
    expect((await refuse(s.w.sessions.otherEmployer, bindingId, '不是本单位人员')).statusCode).toBe(404);
    const [row] = await s.t.database.db
      .select()
      .from(employmentBindings)
      .where(eq(employmentBindings.id, bindingId));
    expect(row!.status).toBe('pending');
    // Other roles do not pass the gate at all.
    expect((await confirm(s.w.sessions.hr, bindingId)).statusCode).toBe(403);
  });

  it('lets one of two simultaneous confirmations win; the other is a conflict', async () => {
    const { person, bindingId } = await requester(s.w.orgs.employer.id);
    const answers = await Promise.all([
      confirm(s.w.sessions.employer, bindingId),
      confirm(s.w.sessions.employer, bindingId),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const rows = await s.t.database.db
      .select()
      .from(employmentBindings)
      .where(and(eq(employmentBindings.personId, person.id), eq(employmentBindings.status, 'confirmed')));
    expect(rows).toHaveLength(1);
  });

  it('filters, pages and exports the unit’s list; the file shows masked ID numbers only', async () => {
    const a = await requester(s.w.orgs.withDepartment.id, { startedOn: '2018-01-01' });
    const b = await requester(s.w.orgs.withDepartment.id, { startedOn: '2018-02-01' });
    expect((await confirm(s.w.sessions.departmentEmployer, a.bindingId)).statusCode).toBe(200);
    const pending = (
      await get(s.w.sessions.departmentEmployer, '/api/v1/employer/binding-requests?status=pending')
    ).json();
    expect(pending.items.map((x: { id: string }) => x.id)).toEqual([b.bindingId]);
    const paged = (
      await get(
        s.w.sessions.departmentEmployer,
        '/api/v1/employer/binding-requests?pageSize=1&sort=startedOn',
      )
    ).json();
    expect(paged).toMatchObject({ total: 2, pageSize: 1 });
    expect(paged.items[0].id).toBe(a.bindingId);
    const byName = (
      await get(
        s.w.sessions.departmentEmployer,
        `/api/v1/employer/binding-requests?q=${encodeURIComponent(b.person.name)}`,
      )
    ).json();
    expect(byName.items.map((x: { id: string }) => x.id)).toEqual([b.bindingId]);

    const file = await get(s.w.sessions.departmentEmployer, '/api/v1/employer/binding-requests/export');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const sheet = await firstSheet(file.rawPayload);
    const cells = sheet.getSheetValues().flat().map(String).join('|');
    expect(cells).toContain(a.person.idNumberMasked);
    expect(cells).toContain('待单位确认');
    expect(cells).not.toContain(a.person.idNumber);
    expect(sheet.rowCount).toBe(3);
  });
});

describe('an administrator unlinks a wrong binding', () => {
  it('ends it today with the reason and clears the person’s employer; the users list shows it first', async () => {
    const { person, session, bindingId } = await requester(s.w.orgs.employer.id);
    expect((await confirm(s.w.sessions.employer, bindingId)).statusCode).toBe(200);
    const [account] = await s.t.database.db.select().from(users).where(eq(users.personId, person.id));
    const unitInUsersList = async () => {
      const listed = await get(s.w.sessions.admin, `/api/v1/admin/users?q=${account!.username}`);
      return listed.json().items.find((u: { id: string }) => u.id === account!.id).person.currentUnit;
    };
    expect(await unitInUsersList()).toEqual({
      bindingId,
      organisationId: s.w.orgs.employer.id,
      name: s.w.orgs.employer.name,
    });

    const unlink = (reason: unknown, as = s.w.sessions.admin, id = bindingId) =>
      post(as, `/api/v1/admin/employment-bindings/${id}/unlink`, { reason } as Record<string, unknown>);
    expect((await unlink('x')).statusCode).toBe(400);
    expect((await unlink('单位操作失误', s.w.sessions.employer)).statusCode).toBe(403);
    expect(
      (await unlink('单位操作失误', s.w.sessions.admin, '00000000-0000-4000-8000-000000000009')).statusCode,
    ).toBe(404);

    const done = await unlink('单位误确认，该人员不在本单位工作');
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      id: bindingId,
      status: 'unlinked',
      endedOn: '2026-03-02',
      reason: '单位误确认，该人员不在本单位工作',
      organisation: { id: s.w.orgs.employer.id },
      person: { id: person.id },
    });
    expect((await personRow(person.id)).organisationId).toBeNull();
    expect(await blockingCodes(session)).toContain('NO_EMPLOYER');
    const [event] = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'employment.binding-unlinked'), eq(auditEvents.entityId, bindingId)));
    expect(event!.data).toMatchObject({ reason: '单位误确认，该人员不在本单位工作', employerCleared: true });
    const mine = (await get(session, '/api/v1/me/employment')).json();
    expect(mine.current).toBeNull();
    expect(mine.history[0]).toMatchObject({ status: 'unlinked', endedOn: '2026-03-02' });
    expect(await unitInUsersList()).toBeNull();

    const twice = await unlink('再次解除');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('BINDING_NOT_CURRENT');
  });
});
