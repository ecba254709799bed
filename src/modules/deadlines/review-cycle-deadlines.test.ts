import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { acceptedApplications, reviewSuite } from '../../../test/helpers/review-world';
import { auditEvents, deadlines } from '../../db/schema';
import { DEADLINE_KINDS } from '../../domain/deadlines/deadline-kinds';

const s = reviewSuite({ experts: 30 });
const { file, act, get, setDay, post, newSession, setAgenda } = s;

/** Sweeps as the server does on `day`, and insists that nothing failed. */
async function sweepOn(day: string) {
  setDay(day);
  const outcome = await s.t.services.deadlines.sweep();
  expect(outcome, `sweep on ${day}`).toMatchObject({ failed: 0, givenUp: 0, retrying: 0, failedTotal: 0 });
  return outcome;
}

const titles = async (session: Parameters<typeof get>[0]) =>
  (await get(session, '/api/v1/me/notifications')).json().items.map((n: { title: string }) => n.title);

describe('a whole review cycle’s deadlines', () => {
  it('are every one handled by the sweeper, of every kind, with no failure', async () => {
    // Three applications through unit publicity to acceptance, and a dispatched one through both publicities.
    const apps = await acceptedApplications(s.t, s.w, 3);
    setDay('2026-03-02');
    const { session: dispatched } = await s.w.applicant(s.w.orgs.employer.id);
    const fourth = (await file(dispatched, { dispatchAgencyId: s.w.orgs.agency.id })).json().id as string;
    await act(s.w.sessions.employer, fourth, { event: 'start-unit-publicity' });
    expect((await sweepOn('2026-03-09')).processed).toBe(4);
    expect(await titles(s.w.sessions.employer)).toContain('公示期已满');
    await act(s.w.sessions.employer, fourth, { event: 'recommend', unitCommitment: true });
    await act(s.w.sessions.dispatcher, fourth, { event: 'start-dispatch-publicity' });
    expect((await sweepOn('2026-03-13')).processed).toBe(0);
    expect((await sweepOn('2026-03-16')).processed).toBe(1);
    expect(await titles(s.w.sessions.dispatcher)).toContain('公示期已满');
    await act(s.w.sessions.dispatcher, fourth, { event: 'dispatch-approve' });
    await act(s.w.sessions.hr, fourth, { event: 'hr-approve' });
    const accepted = await act(s.w.sessions.provinceOffice, fourth, { event: 'committee-accept' });
    expect(accepted.json().state, accepted.body).toBe('accepted');

    // The session: agenda, draw, one vote each, results fixed — result publicity and filing deadlines.
    setDay('2026-11-16');
    const office = s.w.sessions.provinceOffice;
    const id = (await newSession()).json().id as string;
    const ids = [...apps.map((a) => a.id), fourth];
    expect((await setAgenda(id, ids)).statusCode).toBe(200);
    expect(
      (await post(office, `/api/v1/review-sessions/${id}/seed`, { seed: 'cycle-2026-0001' })).statusCode,
    ).toBe(200);
    expect((await post(office, `/api/v1/review-sessions/${id}/draw`)).statusCode).toBe(200);
    const seats = (await get(office, `/api/v1/review-sessions/${id}`)).json().seats as {
      expertId: string;
      role: string;
    }[];
    const members = seats.filter((s) => s.role === 'member');
    const opened = await post(office, `/api/v1/review-sessions/${id}/voting/open`, {
      present: members.map((s) => s.expertId),
    });
    expect(opened.statusCode, opened.body).toBe(200);
    // Agreeing votes 11, 10, 9, 8: all reach ceil(2×11/3) = 8; the cap takes the first two.
    for (const [i, seat] of members.entries()) {
      const expert = await s.w.pool.find((e) => e.id === seat.expertId)!.session();
      for (const [n, code] of ['A001', 'A002', 'A003', 'A004'].entries()) {
        const choice = i < 11 - n ? 'agree' : 'disagree';
        const cast = await post(expert, `/api/v1/expert/sessions/${id}/items/${code}/ballot`, { choice });
        expect(cast.statusCode, cast.body).toBe(200);
      }
    }
    expect((await post(office, `/api/v1/review-sessions/${id}/voting/close`)).statusCode).toBe(200);
    const fixed = await post(office, `/api/v1/review-sessions/${id}/results`);
    expect(fixed.statusCode, fixed.body).toBe(200);
    // 4 candidates under the 50% cap: 2 pass and are publicised until 11-20.
    expect(fixed.json()).toMatchObject({ passed: 2, publicityEndsOn: '2026-11-20' });
    const { filingDueOn } = fixed.json() as { filingDueOn: string };

    expect((await sweepOn('2026-11-20')).processed).toBe(0);
    expect((await sweepOn('2026-11-23')).processed).toBe(2);
    expect(await titles(office)).toContain('评审结果公示期已满');
    const ended = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'application.result-publicity-ended'));
    expect(ended.map((e) => e.data)).toEqual([
      expect.objectContaining({ endedOn: '2026-11-20', openObjections: 0 }),
      expect.objectContaining({ endedOn: '2026-11-20', openObjections: 0 }),
    ]);
    expect((await post(office, `/api/v1/review-sessions/${id}/filing`)).statusCode).toBe(200);
    const announced = await post(office, `/api/v1/review-sessions/${id}/announcement`, {
      announcementNumber: '辽人社〔2026〕199号',
    });
    expect(announced.statusCode, announced.body).toBe(200);
    // Filed on time: the filing deadline, the day after it, finds nothing overdue.
    const dayAfter = new Date(Date.parse(filingDueOn) + 86_400_000).toISOString().slice(0, 10);
    expect((await sweepOn(filingDueOn)).processed).toBe(0);
    expect((await sweepOn(dayAfter)).processed).toBe(1);
    expect(await titles(s.w.sessions.hr)).not.toContain('评审结果备案逾期');

    const rows = await s.t.database.db.select().from(deadlines);
    // Every kind but the appointments' (posts module: appointment-reminders.test.ts covers them).
    const cycleKinds = DEADLINE_KINDS.filter((kind) => !kind.startsWith('appointment-'));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(cycleKinds));
    for (const row of rows)
      expect(row, `${row.kind} ${row.subjectId}`).toMatchObject({
        failedAt: null,
        lastError: null,
        attempts: 1,
      });
    expect(rows.every((r) => r.processedAt !== null)).toBe(true);
  }, 240_000);
});
