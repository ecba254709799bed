import { count, eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { applications, users } from '../../src/db/schema';
import {
  createApplicationFiler,
  type FilingRequest,
} from '../../src/modules/applications/application-filing';
import { actorFromUser } from '../../src/modules/auth/auth.service';
import { newKey } from './application-world';
import { authed, type Session } from './factories';
import { type FormPart, multipartBody } from './multipart';
import type { TestApp } from './test-app';

/** The timeline of an application from filing to the committee's acceptance, event by event, in order. */
export const EVENTS_TO_ACCEPTANCE = [
  'submit',
  'start-unit-publicity',
  'recommend',
  'department-approve',
  'hr-approve',
  'committee-accept',
];

/** The target most tests file for: 高级工程师 in 通信工程. */
export const SENIOR_TELECOM = { series: 'engineering', level: 'associate-senior', specialty: '通信工程' };

/**
 * The application API as a logged-in browser would call it, plus the test's clock and row count.
 * `testApp` is read at call time, so the helpers can be made before `beforeAll` builds the app.
 */
export function applicationRequests(testApp: () => TestApp) {
  return {
    /** Files (and by default submits) an application with a fresh idempotency key unless one is given. */
    file(session: Session, body: Record<string, unknown> = {}, key = newKey()) {
      return testApp().app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: { ...authed(session), 'idempotency-key': key },
        payload: { target: SENIOR_TELECOM, personalCommitment: true, ...body },
      });
    },
    act(session: Session, id: string, body: Record<string, unknown>) {
      return testApp().app.inject({
        method: 'POST',
        url: `/api/v1/applications/${id}/transitions`,
        headers: authed(session),
        payload: body,
      });
    },
    get(session: Session, url: string) {
      return testApp().app.inject({ method: 'GET', url, headers: authed(session) });
    },
    /** Lodges an objection to publicity notice `noticeId` as the public does: no login. */
    object(noticeId: string, objection: { complainantName: string; contact: string; content: string }) {
      return testApp().app.inject({
        method: 'POST',
        url: `/api/v1/public/publicity/${noticeId}/objections`,
        payload: objection,
      });
    },
    async rows() {
      return (await testApp().database.db.select({ n: count() }).from(applications))[0]!.n;
    },
    /** Moves the clock to 10:00 Beijing time on `isoDate`. */
    setDay(isoDate: string) {
      testApp().clock.set(new Date(`${isoDate}T02:00:00Z`));
    },
  };
}

/**
 * The filing of a regular, submitted application for `target` as the route hands it to the filer,
 * from the account the person `personId` logs in with: for tests that drive the filer itself.
 */
export async function filingRequestOf(
  db: Db,
  personId: string,
  key: string,
  target: Record<string, string> = SENIOR_TELECOM,
): Promise<FilingRequest> {
  const [user] = await db.select().from(users).where(eq(users.personId, personId));
  return {
    actor: actorFromUser(user!),
    draft: {
      target: target as FilingRequest['draft']['target'],
      pathway: 'regular',
      attachmentIds: [],
      dispatchAgencyId: null,
    },
    options: { idempotencyKey: key, submit: true, personalCommitment: true },
  };
}

/**
 * Files and submits an application for 高级工程师 in 通信工程 with `documents` attached in the
 * same multipart request, as the filing page sends it; a refusal fails the test's set-up.
 */
export async function fileWithDocuments(t: TestApp, session: Session, documents: FormPart[]) {
  const form = multipartBody([
    { name: 'application', value: JSON.stringify({ target: SENIOR_TELECOM, personalCommitment: true }) },
    ...documents,
  ]);
  const filed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    headers: { ...authed(session), 'idempotency-key': newKey(), ...form.headers },
    payload: form.payload,
  });
  if (filed.statusCode !== 201) throw new Error(filed.body);
  return filed.json();
}

/**
 * This worker's filer, raced by another worker (the server's own, reached over HTTP): `race`
 * runs once, after the batch has read and just before it writes (notices are addressed last),
 * so what it files lands between the two.
 */
export function racedFiler(t: TestApp, race: () => Promise<void>) {
  let raced = false;
  return createApplicationFiler({
    db: t.database.db,
    clock: t.clock,
    audit: t.services.audit,
    notifications: {
      async prepareAll(tx, notices) {
        if (!raced) {
          raced = true;
          await race();
        }
        return t.services.notifications.prepareAll(tx, notices);
      },
    },
  });
}
