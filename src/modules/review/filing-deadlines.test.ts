import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationRequests } from '../../../test/helpers/application-requests';
import { type ApplicationWorld, buildApplicationWorld } from '../../../test/helpers/application-world';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { reviewSessions } from '../../db/schema';
import { scheduleDeadline } from '../deadlines/deadlines.repository';

let t: TestApp;
let w: ApplicationWorld;
beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 365 });
  w = await buildApplicationWorld(t);
});
afterAll(() => t?.close());

const { get, setDay } = applicationRequests(() => t);

describe('the filing deadline', () => {
  it('flags a session not filed within 20 working days and tells the supervising HR bureau', async () => {
    const db = t.database.db;
    const session = async (status: string) => {
      const [row] = await db
        .insert(reviewSessions)
        .values({
          committeeId: w.committees.citySenior.id,
          year: 2026,
          name: `2026年度评审会（${status}）`,
          heldOn: '2026-10-20',
          place: '鞍山',
          status,
          strata: [],
          lookBackYears: 3,
          filingDueOn: '2026-11-17',
          createdBy: w.orgs.hrBureau.id,
        })
        .returning();
      await scheduleDeadline(db, {
        kind: 'session-filing-due',
        dueOn: '2026-11-17',
        subjectId: row!.id,
        data: {},
        createdAt: new Date(),
      });
      return row!;
    };
    const late = await session('results-fixed');
    const onTime = await session('filed');
    setDay('2026-11-17');
    expect((await t.services.deadlines.sweep()).processed).toBe(0);
    setDay('2026-11-18');
    expect((await t.services.deadlines.sweep()).processed).toBe(2);
    const flagged = async (id: string) =>
      (await db.select().from(reviewSessions).where(eq(reviewSessions.id, id)))[0]!.filingOverdue;
    expect(await flagged(late.id)).toBe(true);
    expect(await flagged(onTime.id)).toBe(false);
    const inbox = (await get(w.sessions.hr, '/api/v1/me/notifications')).json();
    expect(inbox.items.map((n: { title: string }) => n.title)).toContain('评审结果备案逾期');
  });
});
