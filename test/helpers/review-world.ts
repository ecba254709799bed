import { eq } from 'drizzle-orm';
import { beforeAll } from 'vitest';
import type { Db } from '../../src/db/client';
import { committees, expertPoolMembers, experts, reviewSessions } from '../../src/db/schema';
import { appSuite } from './app-suite';
import { applicationRequests } from './application-requests';
import { type ApplicationWorld, buildApplicationWorld } from './application-world';
import { authed, createUser, login, type Session } from './factories';
import type { TestApp } from './test-app';

const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';

/** Whether the i-th pool expert works at the applicants' employer (14 of the first 30). */
export const atApplicantsEmployer = (i: number) => i % 3 === 0 || i % 5 === 0;

/**
 * A committee ready to hold a session: the provincial 通信工程 committee (organised by
 * specialty, so a senior panel needs ≥11), a 2026 pool of experts with accounts, and a number
 * of applications moved through the whole pre-review chain to the committee's acceptance.
 */
export async function buildReviewWorld(t: TestApp, options: { experts: number }) {
  const w = await buildApplicationWorld(t);
  const db = t.database.db;
  const committee = w.committees.provincialTelecom;
  await db.update(committees).set({ organisedBy: 'specialty' }).where(eq(committees.id, committee.id));

  const pool: { id: string; name: string; session: () => Promise<Session> }[] = [];
  for (let i = 0; i < options.experts; i++) {
    const name = `${SURNAMES[i % SURNAMES.length]}评${'一二三四五六七八九十'[Math.floor(i / SURNAMES.length) % 10]}${i}`;
    const user = await createUser(db, { roles: ['expert'], jurisdictionCode: '210000', displayName: name });
    const [expert] = await db
      .insert(experts)
      .values({
        name,
        userId: user.id,
        series: 'engineering',
        level: 'senior',
        specialty: '通信工程',
        // Nearly half work at the applicants' employer: every draw meets some and must recuse them.
        unitOrganisationId: atApplicantsEmployer(i) ? w.orgs.employer.id : null,
        unitName: atApplicantsEmployer(i) ? w.orgs.employer.name : `辽宁通信研究院第${i}研究室`,
        regionCode: '210000',
        termFrom: '2025-01-01',
        termTo: '2027-12-31',
      })
      .returning();
    await db.insert(expertPoolMembers).values({
      committeeId: committee.id,
      expertId: expert!.id,
      year: 2026,
      group: '通信工程',
      addedOn: '2026-03-01',
    });
    let cached: Session | null = null;
    pool.push({
      id: expert!.id,
      name,
      session: async () => {
        cached ??= await login(t.app, user.username);
        return cached;
      },
    });
  }
  return { ...w, committee, pool };
}

/** Files `n` applications at the employer and moves each to 评委会已受理 (from 2026-03-02 to 03-09). */
export async function acceptedApplications(t: TestApp, w: ApplicationWorld, n: number) {
  const { file, act, setDay } = applicationRequests(() => t);
  setDay('2026-03-02');
  const filed: {
    id: string;
    personName: string;
    employerName: string;
    number: string;
    applicant: Session;
  }[] = [];
  for (let i = 0; i < n; i++) {
    const { person, session } = await w.applicant(w.orgs.employer.id);
    const app = (await file(session)).json();
    await act(w.sessions.employer, app.id, { event: 'start-unit-publicity' });
    filed.push({
      id: app.id,
      personName: person.name,
      employerName: w.orgs.employer.name,
      number: app.number,
      applicant: session,
    });
  }
  setDay('2026-03-09');
  for (const { id } of filed) {
    await act(w.sessions.employer, id, { event: 'recommend', unitCommitment: true });
    await act(w.sessions.hr, id, { event: 'hr-approve' });
    const accepted = await act(w.sessions.provinceOffice, id, { event: 'committee-accept' });
    if (accepted.json().state !== 'accepted') throw new Error(`not accepted: ${accepted.body}`);
  }
  return filed;
}

/** The ids of applications (or of anything with one), as an agenda lists them. */
export const idsOf = (records: readonly { id: string }[]) => records.map((r) => r.id);

export type ReviewWorld = Awaited<ReturnType<typeof buildReviewWorld>>;
export type AcceptedApplication = Awaited<ReturnType<typeof acceptedApplications>>[number];

/** A review cycle spans the year, so sessions outlive it; a whole pool of experts logs in at once. */
export const REVIEW_CONFIG = { sessionIdleMinutes: 60 * 24 * 365, loginRateLimitPerMinute: 10_000 };

/**
 * The review world shared by a test file (see `appSuite`): `experts` in the committee's pool and
 * `accepted` applications at the committee (`apps`), with the application and session requests
 * on the same handle. Building a pool of 30 takes long, hence the two minutes by default.
 */
export function reviewSuite(options: { experts: number; accepted?: number; timeout?: number }) {
  const timeout = options.timeout ?? 120_000;
  const suite = Object.assign(
    appSuite(REVIEW_CONFIG, (t) => buildReviewWorld(t, options), { timeout }),
    { apps: [] as AcceptedApplication[] },
  );
  beforeAll(async () => {
    // Filing moves the clock; a file that asks for no applications starts from the app's own day.
    if (options.accepted) suite.apps = await acceptedApplications(suite.t, suite.w, options.accepted);
  }, timeout);
  return Object.assign(
    suite,
    applicationRequests(() => suite.t),
    reviewRequests(
      () => suite.t,
      () => suite.w,
    ),
  );
}

/**
 * Requests of the session tests: a POST as a logged-in user, a new session of the world's
 * committee, and a session's agenda as its committee office sets it.
 */
export function reviewRequests(testApp: () => TestApp, world: () => ReviewWorld) {
  const post = (session: Session, url: string, payload: Record<string, unknown> = {}) =>
    testApp().app.inject({ method: 'POST', url, headers: authed(session), payload });
  const newSession = (over: Record<string, unknown> = {}) =>
    post(world().sessions.provinceOffice, '/api/v1/review-sessions', {
      committeeId: world().committee.id,
      name: '2026年度通信工程专业高级职称评审会',
      heldOn: '2026-11-20',
      place: '沈阳市和平区评审中心',
      strata: [{ group: '通信工程', seats: 11, alternates: 3 }],
      ...over,
    });
  const setAgenda = (sessionId: string, applicationIds: string[]) =>
    post(world().sessions.provinceOffice, `/api/v1/review-sessions/${sessionId}/agenda`, { applicationIds });
  return { post, newSession, setAgenda };
}

/**
 * Edits the stored pool snapshot of session `id` as someone with database access could after its
 * publication, renaming its first expert; returns the snapshot as it was, for `storePoolSnapshot`.
 */
export async function tamperPoolSnapshot(db: Db, id: string): Promise<string> {
  const [row] = await db.select().from(reviewSessions).where(eq(reviewSessions.id, id));
  const pool = JSON.parse(row!.poolSnapshot!);
  pool[0].name = '改过的名字';
  await storePoolSnapshot(db, id, JSON.stringify(pool));
  return row!.poolSnapshot!;
}

/** Writes `snapshot` as the stored pool snapshot of session `id`, bypassing the application. */
export async function storePoolSnapshot(db: Db, id: string, snapshot: string): Promise<void> {
  await db.update(reviewSessions).set({ poolSnapshot: snapshot }).where(eq(reviewSessions.id, id));
}
