import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { applicantProfiles, committees, expertPoolMembers, experts, users } from '../../src/db/schema';
import { hashPassword } from '../../src/platform/password';
import { engineerProfile, newKey } from '../helpers/application-world';
import { authed, createPerson, createUser, login, type Session } from '../helpers/factories';
import { demo, type Harness } from './harness';
import type { reviewBrowserSteps } from './review-browser-steps';

/** What the review-session browser steps act on, filled by `setUpReviewWorld`. */
export interface ReviewBrowserWorld {
  applications: { id: string; personName: string }[];
  /** Pool experts by id: their login and, once needed, an API session. */
  experts: Map<string, { name: string; username: string; session?: Session }>;
  sessionId: string;
}

/**
 * Through the API and the factories: applicants at the demo employer filed and taken to
 * 评委会已受理, twenty more pool experts at their employer (so every draw meets and recuses
 * some), and an account for every pool expert of the committee's 通信工程 group.
 */
export async function setUpReviewWorld(
  h: Harness,
  world: ReviewBrowserWorld,
  options: {
    api: ReturnType<typeof reviewBrowserSteps>['api'];
    setDay: (isoDate: string) => void;
    applicants: readonly string[];
    committee: string;
  },
): Promise<void> {
  const { api, setDay } = options;
  const APPLICANTS = options.applicants;
  const COMMITTEE = options.committee;
  const db = h.product.context.database.db;
  const { app } = h.product;
  const staff = async (username: string) => login(app, username, demo.password);
  const [employerUser] = await db.select().from(users).where(eq(users.username, 'employer'));
  const [committee] = await db.select().from(committees).where(eq(committees.name, COMMITTEE));
  const passwordHash = await hashPassword(demo.password);

  // Four applicants at the demo employer file for 高级工程师 and go through the chain to acceptance.
  const employer = await staff('employer');
  const hr = await staff('hr');
  const office = await staff('committee-office');
  setDay('2026-03-02');
  const filed: { id: string; personName: string }[] = [];
  for (const [index, personName] of APPLICANTS.entries()) {
    const person = await createPerson(db, h.product.context.cipher, {
      name: personName,
      birthDate: `1987-0${index + 2}-15`,
      organisationId: employerUser!.organisationId,
    });
    await db.insert(applicantProfiles).values({
      personId: person.id,
      data: engineerProfile(person.birthDate),
      updatedBy: person.id,
    });
    const user = await createUser(db, {
      roles: ['applicant'],
      personId: person.id,
      organisationId: employerUser!.organisationId,
      passwordHash,
    });
    const session = await login(app, user.username, demo.password);
    const response = await h.product.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...authed(session), 'idempotency-key': newKey() },
      payload: {
        target: { series: 'engineering', level: 'associate-senior', specialty: '通信工程' },
        personalCommitment: true,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { id } = response.json();
    await api(employer, 'POST', `/api/v1/applications/${id}/transitions`, {
      event: 'start-unit-publicity',
    });
    filed.push({ id, personName });
  }
  setDay('2026-03-09');
  for (const { id } of filed) {
    const act = (session: Session, body: Record<string, unknown>) =>
      api(session, 'POST', `/api/v1/applications/${id}/transitions`, body);
    await act(employer, { event: 'recommend', unitCommitment: true });
    await act(hr, { event: 'hr-approve' });
    expect((await act(office, { event: 'committee-accept' })).state).toBe('accepted');
  }
  world.applications = filed;

  // The demo pool of the committee's 通信工程 group (the demo `expert` account sits in it). Every
  // expert gets an account here so that whoever is drawn can log in; twenty more work at the
  // applicants' employer, so the draw cannot seat 13 without meeting (and recusing) some of them.
  const sameUnit = await db
    .insert(experts)
    .values(
      Array.from({ length: 20 }, (_, i) => ({
        name: `韩同单${i + 1}`,
        series: 'engineering',
        level: 'senior',
        specialty: '通信工程',
        unitOrganisationId: employerUser!.organisationId,
        unitName: '申报人所在单位',
        regionCode: '210000',
        termFrom: '2025-01-01',
        termTo: '2027-12-31',
      })),
    )
    .returning();
  await db.insert(expertPoolMembers).values(
    sameUnit.map((e) => ({
      committeeId: committee!.id,
      expertId: e.id,
      year: 2026,
      group: '通信工程',
      addedOn: '2026-03-01',
    })),
  );
  const pool = await db
    .select({ expert: experts })
    .from(expertPoolMembers)
    .innerJoin(experts, eq(experts.id, expertPoolMembers.expertId))
    .where(
      and(
        eq(expertPoolMembers.committeeId, committee!.id),
        eq(expertPoolMembers.year, 2026),
        eq(expertPoolMembers.group, '通信工程'),
      ),
    );
  expect(pool.length).toBeGreaterThanOrEqual(14);
  for (const { expert } of pool) {
    let userId = expert.userId;
    if (!userId) {
      const user = await createUser(db, {
        roles: ['expert'],
        jurisdictionCode: '210000',
        displayName: expert.name,
        passwordHash,
      });
      await db.update(experts).set({ userId: user.id }).where(eq(experts.id, expert.id));
      userId = user.id;
    }
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    world.experts.set(expert.id, { name: expert.name, username: user!.username });
  }
}
