import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import { applicationRequests } from '../../../test/helpers/application-requests';
import {
  authed,
  createOrganisation,
  createPerson,
  createUser,
  login,
  type Session,
} from '../../../test/helpers/factories';
import {
  applications,
  ballotTallies,
  committees,
  experts,
  panelSeats,
  reviewSessions,
  sessionAgenda,
} from '../../db/schema';

const s = testAppSuite({ sessionIdleMinutes: 60 * 24 * 365 });
const api = signedInRequests(() => s.t);
let office: Session;
let sessionId: string;

/**
 * A Jilin university committee (评聘结合) whose vote has closed: four 副教授 candidates with
 * 11, 10, 9 and 8 of 11 votes under the 55% cap of jilin-2022 一(二)4. Set up in the tables
 * directly: the draw and the ballots are what the other session tests exercise.
 */
beforeAll(async () => {
  const db = s.t.database.db;
  applicationRequests(() => s.t).setDay('2026-11-16');
  const university = await createOrganisation(db, { name: '吉林某大学', jurisdictionCode: '220102' });
  const officeOrg = await createOrganisation(db, {
    name: '吉林某大学高等学校教师职称评审委员会办公室',
    kind: 'committee-office',
    jurisdictionCode: '220102',
  });
  const [committee] = await db
    .insert(committees)
    .values({
      name: '吉林某大学高等学校教师系列高级职称评审委员会',
      officeOrganisationId: officeOrg.id,
      tier: 'self-review',
      kind: 'self-review',
      organisedBy: 'specialty',
      series: 'higher-education-teacher',
      levels: ['senior', 'associate-senior'],
      specialties: [],
      regionCode: '220102',
      approvedOn: '2025-01-01',
      validUntil: '2027-12-31',
    })
    .returning();
  const user = await createUser(db, {
    roles: ['committee-office'],
    organisationId: officeOrg.id,
    jurisdictionCode: '220102',
  });
  office = await login(s.t.app, user.username);
  const [session] = await db
    .insert(reviewSessions)
    .values({
      committeeId: committee!.id,
      year: 2026,
      name: '2026年度高等学校教师系列评审会',
      heldOn: '2026-11-20',
      place: '长春',
      status: 'voting-closed',
      strata: [{ group: '教育学', seats: 11, alternates: 0 }],
      lookBackYears: 3,
      createdBy: user.id,
    })
    .returning();
  sessionId = session!.id;
  for (let i = 0; i < 11; i++) {
    const [expert] = await db
      .insert(experts)
      .values({
        name: `专家${i}`,
        series: 'higher-education-teacher',
        level: 'senior',
        specialty: '教育学',
        unitName: '外校',
        regionCode: '220000',
        termFrom: '2025-01-01',
        termTo: '2027-12-31',
      })
      .returning();
    await db.insert(panelSeats).values({
      sessionId,
      expertId: expert!.id,
      group: '教育学',
      role: 'member',
      seatOrder: i + 1,
      attendance: 'present',
    });
  }
  for (const [i, agree] of [11, 10, 9, 8].entries()) {
    const person = await createPerson(db, s.t.cipher, { name: `候选人${i}`, organisationId: university.id });
    const [app] = await db
      .insert(applications)
      .values({
        number: `2026220102${String(800000 + i)}`,
        personId: person.id,
        year: 2026,
        series: 'higher-education-teacher',
        level: 'associate-senior',
        specialty: '教育学',
        pathway: 'regular',
        policySet: 'jilin-2022',
        employerId: university.id,
        jurisdictionCode: '220102',
        committeeId: committee!.id,
        state: 'in-review',
        eligibility: { eligible: true, unmet: [], effects: { passRateCap: 0.55 } },
        eligible: true,
        attachmentIds: [],
        idempotencyKey: `cap-${i}`,
      })
      .returning();
    await db.insert(sessionAgenda).values({
      sessionId,
      applicationId: app!.id,
      group: '教育学',
      code: `A00${i + 1}`,
      position: i + 1,
    });
    await db.insert(ballotTallies).values({ sessionId, applicationId: app!.id, agree, disagree: 11 - agree });
  }
});

const post = (url: string, payload: Record<string, unknown>) =>
  s.t.app.inject({ method: 'POST', url, headers: authed(office), payload });
const preview = async () =>
  (await api.get(office, `/api/v1/review-sessions/${sessionId}/results/preview`)).json();

describe('评聘结合 bonuses on the pass ratio (jilin-2022 一(二)4)', () => {
  it('raise a Jilin university group’s cap by the points its kind allows, and refuse more', async () => {
    const console1 = (await api.get(office, `/api/v1/review-sessions/${sessionId}`)).json();
    expect(console1.steps.map((s: { step: string }) => s.step)).toEqual([
      'preview',
      'cap-adjustments',
      'fix-results',
    ]);
    const before = await preview();
    expect(before.groups[0]).toMatchObject({
      capGroup: '教育学·副高级',
      candidates: 4,
      rate: 0.55,
      limit: 2,
      passed: 2,
    });

    const url = `/api/v1/review-sessions/${sessionId}/cap-adjustments`;
    const tooMuch = await post(url, {
      adjustments: [{ capGroup: '教育学·副高级', bonusId: 'double-first-class', points: 25 }],
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error.details[0]).toMatchObject({ path: 'adjustments.0.points' });
    expect(tooMuch.json().error.details[0].message).toContain('10至20个百分点');
    const unknownGroup = await post(url, {
      adjustments: [{ capGroup: '法学·副高级', bonusId: 'double-first-class', points: 10 }],
    });
    expect(unknownGroup.statusCode).toBe(400);

    const set = await post(url, {
      adjustments: [{ capGroup: '教育学·副高级', bonusId: 'double-first-class', points: 20 }],
    });
    expect(set.statusCode, set.body).toBe(200);
    const after = await preview();
    // 55% + 20 points = 75%: floor(4 × 0.75) = 3.
    expect(after.groups[0]).toMatchObject({
      rate: 0.75,
      limit: 3,
      passed: 3,
      citation: { document: 'jilin-2022', clause: '一(二)4' },
    });
    expect(after.outcomes.map((o: { outcome: string }) => o.outcome)).toEqual([
      'passed',
      'passed',
      'passed',
      'over-cap',
    ]);
  });
});
