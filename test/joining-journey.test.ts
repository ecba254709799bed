import { beforeAll, describe, expect, it } from 'vitest';
import { testAppSuite } from './helpers/app-suite';
import { applicationRequests, EVENTS_TO_ACCEPTANCE } from './helpers/application-requests';
import {
  type ApplicationWorld,
  buildApplicationWorld,
  engineerProfile,
  STORY_CONFIG,
} from './helpers/application-world';
import { authed, login, makeIdNumber, type Session } from './helpers/factories';
import { UNIT_PASSWORD, unitRegistrations } from './helpers/unit-registrations';

/**
 * Issue 18's whole story through the public API, with nobody setting a password for anyone:
 * a unit that was never in the system registers under its competent department and the city
 * HR bureau approves it; a professional who was never in the system registers, binds to the
 * unit, the unit confirms; the person saves a profile and files; the application travels
 * the chain through the department and the bureau to the provincial committee.
 */
const s = testAppSuite(STORY_CONFIG);
let w: ApplicationWorld;

beforeAll(async () => {
  w = await buildApplicationWorld(s.t);
});

const { file, act, get, setDay } = applicationRequests(() => s.t);
const units = unitRegistrations(() => s.t);
const PASSWORD = 'Zhicheng2026';

function send(session: Session, method: 'POST' | 'PUT', url: string, payload: Record<string, unknown> = {}) {
  return s.t.app.inject({ method, url, headers: authed(session), payload });
}

describe('a unit and a professional new to the system, from registration to the committee', () => {
  let unitId = '';
  let unit: Session;
  let person: Session;
  let applicationId = '';
  const form = units.employerForm();

  it('the unit registers under its competent department; the city HR bureau approves it', async () => {
    setDay('2026-02-23');
    const registered = await units.register({ ...form, departmentId: w.orgs.department.id });
    expect(registered.statusCode, registered.body).toBe(201);
    // Until the bureau decides, the unit's own account cannot log in.
    const early = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: form.username, password: UNIT_PASSWORD },
    });
    expect(early.statusCode).toBe(403);
    expect(early.json().error.code).toBe('UNIT_PENDING_REVIEW');

    const queue = await get(w.sessions.hr, '/api/v1/unit-registrations?status=pending');
    const row = queue.json().items.find((u: { name: string }) => u.name === form.name);
    expect(row, queue.body).toBeDefined();
    unitId = row.id;
    const approved = await send(w.sessions.hr, 'POST', `/api/v1/unit-registrations/${unitId}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    unit = await login(s.t.app, form.username as string, UNIT_PASSWORD);
  });

  it('a professional registers with a code to their phone and asks to bind to the unit', async () => {
    const phone = '13912349901';
    const asked = await units.post('/api/v1/public/phone-codes', { phone, purpose: 'register' });
    expect(asked.statusCode, asked.body).toBe(202);
    const code = /验证码(\d{6})/.exec(s.t.sent.at(-1)!.body)![1]!;
    const registered = await units.post('/api/v1/public/registrations', {
      name: '宋立新',
      idNumber: makeIdNumber('1988-03-15'),
      phone,
      code,
      password: PASSWORD,
      regionCode: '210302',
    });
    expect(registered.statusCode, registered.body).toBe(201);
    person = await login(s.t.app, phone, PASSWORD);

    // Without an employer nobody files: the unit comes first.
    const alone = await file(person);
    expect(alone.statusCode).toBe(422);

    const found = await get(person, `/api/v1/employers?q=${encodeURIComponent(form.name as string)}`);
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().map((u: { id: string }) => u.id)).toEqual([unitId]);
    const request = await send(person, 'POST', '/api/v1/me/employment-bindings', {
      organisationId: unitId,
      relation: 'contract',
      startedOn: '2016-07-01',
    });
    expect(request.statusCode, request.body).toBe(201);
  });

  it('the unit confirms; the person saves the profile and files, and the unit finds it in its queue', async () => {
    const requests = await get(unit, '/api/v1/employer/binding-requests');
    expect(requests.statusCode, requests.body).toBe(200);
    const mine = requests.json().items.find((r: { person: { name: string } }) => r.person.name === '宋立新');
    expect(mine.actions).toEqual(['confirm', 'refuse']);
    expect(mine.person.idNumberMasked).not.toContain('1988');
    const confirmed = await send(unit, 'POST', `/api/v1/employer/binding-requests/${mine.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const employment = (await get(person, '/api/v1/me/employment')).json();
    expect(employment.current).toMatchObject({ organisation: { id: unitId }, relation: 'contract' });

    const saved = await send(person, 'PUT', '/api/v1/me/profile', {
      applicant: engineerProfile('1988-03-15'),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().organisation).toBe(form.name);

    setDay('2026-03-02');
    const filed = await file(person);
    expect(filed.statusCode, filed.body).toBe(201);
    applicationId = filed.json().id;
    const queue = (await get(unit, '/api/v1/applications')).json();
    expect(queue.items.map((a: { id: string }) => a.id)).toContain(applicationId);
  });

  it('travels the chain through the competent department and the HR bureau to the provincial committee', async () => {
    const publicity = await act(unit, applicationId, { event: 'start-unit-publicity' });
    expect(publicity.statusCode, publicity.body).toBe(200);
    setDay('2026-03-09');
    await s.t.services.deadlines.sweep();
    const recommended = await act(unit, applicationId, { event: 'recommend', unitCommitment: true });
    expect(recommended.json().state, recommended.body).toBe('department-review');
    const approved = await act(w.sessions.department, applicationId, { event: 'department-approve' });
    expect(approved.json().state, approved.body).toBe('hr-review');
    const routed = await act(w.sessions.hr, applicationId, { event: 'hr-approve' });
    expect(routed.json()).toMatchObject({
      state: 'committee-review',
      committee: { name: '辽宁省通信工程专业高级职称评审委员会' },
    });
    const accepted = await act(w.sessions.provinceOffice, applicationId, { event: 'committee-accept' });
    expect(accepted.json().state).toBe('accepted');
    expect(accepted.json().timeline.map((e: { event: string }) => e.event)).toEqual(EVENTS_TO_ACCEPTANCE);
  });
});
