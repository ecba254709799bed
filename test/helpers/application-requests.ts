import { count } from 'drizzle-orm';
import { applications } from '../../src/db/schema';
import { newKey } from './application-world';
import { authed, type Session } from './factories';
import type { TestApp } from './test-app';

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
    async rows() {
      return (await testApp().database.db.select({ n: count() }).from(applications))[0]!.n;
    },
    /** Moves the clock to 10:00 Beijing time on `isoDate`. */
    setDay(isoDate: string) {
      testApp().clock.set(new Date(`${isoDate}T02:00:00Z`));
    },
  };
}
