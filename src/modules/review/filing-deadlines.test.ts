import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { reviewSessions } from '../../db/schema';
import { scheduleDeadline } from '../deadlines/deadlines.repository';

const s = applicationSuite({ sessionIdleMinutes: 60 * 24 * 365 });
const { get, setDay } = s;

describe('the filing deadline', () => {
  it('flags a session not filed within 20 working days and tells the supervising HR bureau', async () => {
    const db = s.t.database.db;
    const session = async (status: string) => {
      const [row] = await db
        .insert(reviewSessions)
        .values({
          committeeId: s.w.committees.citySenior.id,
          year: 2026,
          name: `2026年度评审会（${status}）`,
          heldOn: '2026-10-20',
          place: '鞍山',
          status,
          strata: [],
          lookBackYears: 3,
          filingDueOn: '2026-11-17',
          createdBy: s.w.orgs.hrBureau.id,
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
    expect((await s.t.services.deadlines.sweep()).processed).toBe(0);
    setDay('2026-11-18');
    expect((await s.t.services.deadlines.sweep()).processed).toBe(2);
    const flagged = async (id: string) =>
      (await db.select().from(reviewSessions).where(eq(reviewSessions.id, id)))[0]!.filingOverdue;
    expect(await flagged(late.id)).toBe(true);
    expect(await flagged(onTime.id)).toBe(false);
    const inbox = (await get(s.w.sessions.hr, '/api/v1/me/notifications')).json();
    expect(inbox.items.map((n: { title: string }) => n.title)).toContain('评审结果备案逾期');
  });
});
