import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import { createOrganisation, createPerson, type Session, signIn } from '../../../test/helpers/factories';
import { applicantProfiles, auditEvents } from '../../db/schema';

const s = testAppSuite();
const api = signedInRequests(() => s.t);
let me: Session;
let personId: string;

beforeAll(async () => {
  const employer = await createOrganisation(s.t.database.db, {
    name: '鞍山恒信通信工程有限公司',
    employerKind: 'private-enterprise',
  });
  const person = await createPerson(s.t.database.db, s.t.cipher, {
    name: '李志远',
    birthDate: '1988-03-15',
    organisationId: employer.id,
    titles: [
      { series: 'engineering', level: 'intermediate', specialty: '通信工程', obtainedOn: '2016-12-18' },
    ],
  });
  personId = person.id;
  me = await signIn(s.t, {
    username: 'lizy',
    roles: ['applicant'],
    personId,
    organisationId: employer.id,
  });
});

const applicant = {
  birthDate: '1988-03-15',
  education: [{ degree: 'bachelor', major: '通信工程', graduatedOn: '2010-07-01' }],
  titles: [{ series: 'engineering', level: 'intermediate', obtainedOn: '2016-12-18' }],
  work: [{ from: '2010-07-15', to: null, employerKind: 'private-enterprise' }],
  continuingEducation: [{ year: 2025, hours: 96, professionalHours: 70 }],
};
const put = (body: unknown, session: Session = me) => api.put(session, '/api/v1/me/profile', body as object);
const stored = async () => (await s.t.database.db.select({ n: count() }).from(applicantProfiles))[0]!.n;

describe('the applicant profile', () => {
  it('starts from what the system holds: birth date and titles on record', async () => {
    const response = await api.get(me, '/api/v1/me/profile');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: '李志远',
      organisation: '鞍山恒信通信工程有限公司',
      updatedAt: null,
      applicant: {
        birthDate: '1988-03-15',
        titles: [{ series: 'engineering', level: 'intermediate', obtainedOn: '2016-12-18' }],
      },
    });
  });

  it('saves the whole profile with its audit event, and it feeds the eligibility check unchanged', async () => {
    const response = await put({ applicant });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.updatedAt).toBe(s.t.clock.now().toISOString());
    expect(body.applicant.education[0]).toMatchObject({
      degree: 'bachelor',
      fullTime: true,
      major: '通信工程',
    });
    const [event] = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'profile.updated'));
    expect(event).toMatchObject({
      entityType: 'person',
      entityId: personId,
      data: { education: 1, titles: 1, work: 1, achievements: 0 },
    });

    const check = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility/check',
      payload: {
        policy: 'anshan-2023',
        asOf: '2023-06-01',
        target: { series: 'engineering', level: 'associate-senior' },
        pathway: 'regular',
        applicant: body.applicant,
      },
    });
    expect(check.statusCode).toBe(200);
    // 工程师 since 2016, bachelor, employed: 7 years ≥ 5, so the stored profile alone makes the case.
    expect(check.json()).toMatchObject({
      eligible: true,
      pathway: 'regular',
      unmet: [],
      earliestEligibleOn: null,
    });
  });

  it.each([
    [{ applicant: { ...applicant, birthDate: '1988-03-16' } }, 'applicant.birthDate', '身份证'],
    [
      { applicant: { ...applicant, education: [{ degree: 'phd' }] } },
      'applicant.education[0].degree',
      '取值无效',
    ],
    [
      {
        applicant: {
          ...applicant,
          work: [{ from: '2010-07-15', to: '2009-01-01', employerKind: 'private-enterprise' }],
        },
      },
      'applicant.work[0].to',
      '早于',
    ],
    [{ applicant: { ...applicant, hobby: 'chess' } }, 'applicant.hobby', '不支持'],
    [{}, 'applicant', '必填'],
  ])('refuses a bad profile naming the field and keeps the saved one (%#)', async (body, path, text) => {
    const before = await stored();
    const saved = (
      await s.t.app.inject({ method: 'GET', url: '/api/v1/me/profile', headers: { cookie: me.cookie } })
    ).json();
    const response = await put(body);
    expect(response.statusCode).toBe(400);
    const detail = response.json().error.details.find((d: { path: string }) => d.path === path);
    expect(detail?.message).toContain(text);
    expect(await stored()).toBe(before);
    const after = (
      await s.t.app.inject({ method: 'GET', url: '/api/v1/me/profile', headers: { cookie: me.cookie } })
    ).json();
    expect(after).toEqual(saved);
  });

  it('is the applicant’s own: other roles are refused, anonymous callers too, and a missing CSRF token', async () => {
    const hr = await signIn(s.t, { username: 'hr1', roles: ['hr'] });
    expect(
      (await s.t.app.inject({ method: 'GET', url: '/api/v1/me/profile', headers: { cookie: hr.cookie } }))
        .statusCode,
    ).toBe(403);
    expect((await s.t.app.inject({ method: 'GET', url: '/api/v1/me/profile' })).statusCode).toBe(401);
    const noToken = await s.t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile',
      headers: { cookie: me.cookie },
      payload: { applicant },
    });
    expect(noToken.statusCode).toBe(403);
    const unlinked = await signIn(s.t, { username: 'nobody', roles: ['applicant'] });
    const missing = await api.get(unlinked, '/api/v1/me/profile');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('PROFILE_NOT_FOUND');
  });
});
