import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { authed } from '../../../test/helpers/factories';
import type { Db } from '../../db/client';
import { auditEvents, reviewSessions } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { SESSION_STATES, type SessionState } from '../../domain/review/session-states';
import { SESSION_STEP_RULES, stepRefused } from '../../domain/review/session-steps';
import { advanceSession } from './session-advance';
import { SESSION_STEP_ROUTES } from './session-steps.routes';

const s = applicationSuite({ sessionIdleMinutes: 60 * 24 * 365 });
const { setDay } = s;

const onPostgres = Boolean(process.env.DATABASE_URL);

/** A session of the provincial committee, stored directly in the stage the test needs. */
async function sessionIn(status: SessionState) {
  const [row] = await s.t.database.db
    .insert(reviewSessions)
    .values({
      committeeId: s.w.committees.provincialTelecom.id,
      year: 2026,
      name: `2026年度评审会（${status}）`,
      heldOn: '2026-11-20',
      place: '沈阳',
      status,
      strata: [{ group: '通信工程', seats: 11, alternates: 3 }],
      lookBackYears: 3,
      createdBy: s.w.orgs.provinceOffice.id,
    })
    .returning();
  return row!;
}

async function stored(id: string) {
  const [row] = await s.t.database.db.select().from(reviewSessions).where(eq(reviewSessions.id, id));
  return row!;
}

async function auditCount(id: string) {
  const rows = await s.t.database.db
    .select({ seq: auditEvents.seq })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'review-session'), eq(auditEvents.entityId, id)));
  return rows.length;
}

const actor = (over: Partial<Actor>): Actor => ({
  userId: s.w.orgs.provinceOffice.id,
  roles: ['committee-office'],
  permissions: [],
  organisationId: s.w.orgs.provinceOffice.id,
  jurisdictionCode: '210000',
  ...over,
});

/** A body each step's schema accepts, so that only the stage can refuse it. */
const VALID_BODY: Partial<Record<string, Record<string, unknown>>> = {
  agenda: { applicationIds: ['00000000-0000-4000-8000-000000000001'] },
  seed: {},
  defence: {
    applicationId: '00000000-0000-4000-8000-000000000001',
    at: '2026-11-19T09:00:00+08:00',
    place: '沈阳',
  },
  minutes: { minutes: '纪要' },
  'voting/open': { present: [] },
  'cap-adjustments': { adjustments: [] },
  announcement: { announcementNumber: '辽人社〔2026〕88号' },
};

describe('the session console’s steps', () => {
  it('are one route each, for every step of the committee office in the table', () => {
    const officeSteps = Object.entries(SESSION_STEP_RULES)
      .filter(([, rule]) => rule.by === 'office')
      .map(([step]) => step);
    expect(SESSION_STEP_ROUTES.map((route) => route.step).sort()).toEqual(officeSteps.sort());
  });

  it('are refused from every stage the table does not allow, with its words, writing nothing', async () => {
    setDay('2026-11-16');
    for (const status of Object.keys(SESSION_STATES) as SessionState[]) {
      const session = await sessionIn(status);
      for (const route of SESSION_STEP_ROUTES) {
        const rule = SESSION_STEP_RULES[route.step];
        if ((rule.from as readonly string[]).includes(status)) continue;
        const response = await s.t.app.inject({
          method: 'POST',
          url: `/api/v1/review-sessions/${session.id}/${route.path}`,
          headers: authed(s.w.sessions.provinceOffice),
          payload: VALID_BODY[route.path] ?? {},
        });
        const refusal = stepRefused(status, route.step);
        expect(response.statusCode, `${route.path} from ${status}: ${response.body}`).toBe(409);
        expect(response.json().error).toMatchObject({ code: refusal.code, message: refusal.message });
      }
      const preview = await s.t.app.inject({
        method: 'GET',
        url: `/api/v1/review-sessions/${session.id}/results/preview`,
        headers: authed(s.w.sessions.provinceOffice),
      });
      if (status !== 'voting-closed')
        expect(preview.json().error).toMatchObject({
          code: 'SESSION_WRONG_STAGE',
          message: '表决结束后才能预览结果',
        });
      expect(await stored(session.id)).toEqual(session);
      expect(await auditCount(session.id)).toBe(0);
    }
  });
});

describe('advanceSession', () => {
  const inTransaction = <T>(work: (tx: Db) => Promise<T>) => s.t.database.db.transaction(work);

  it('writes the stage the step leads to with the step’s columns, and moves the version on', async () => {
    const session = await sessionIn('voting');
    const closedAt = new Date('2026-11-20T03:00:00Z');
    const row = await inTransaction((tx) =>
      advanceSession(tx, actor({}), session, 'close-voting', { votingClosedAt: closedAt, ballotSalt: null }),
    );
    expect(row).toMatchObject({
      status: 'voting-closed',
      version: session.version + 1,
      votingClosedAt: closedAt,
    });
    expect(await stored(session.id)).toEqual(row);
  });

  it('keeps the stage of a step that stays, and writes nothing for one that changes nothing', async () => {
    const session = await sessionIn('drawn');
    const minuted = await inTransaction((tx) =>
      advanceSession(tx, actor({}), session, 'minutes', { minutes: '会议纪要' }),
    );
    expect(minuted).toMatchObject({ status: 'drawn', version: session.version + 1, minutes: '会议纪要' });
    // 安排答辩 writes the agenda item, not the session: an older version does not stop it.
    const defence = await inTransaction((tx) => advanceSession(tx, actor({}), session, 'schedule-defence'));
    expect(defence).toEqual(minuted);
    expect(await stored(session.id)).toEqual(minuted);
  });

  it('refuses a step out of turn, one prepared from an older version, a reader, and anyone else, writing nothing', async () => {
    const session = await sessionIn('planned');
    await expect(
      inTransaction((tx) => advanceSession(tx, actor({}), session, 'draw', {})),
    ).rejects.toMatchObject({
      kind: 'conflict',
      code: 'SESSION_WRONG_STAGE',
      message: '会议当前为「筹备中（编排议程）」，不能抽取专家',
    });
    const seen = { id: session.id, version: session.version - 1 };
    await expect(
      inTransaction((tx) => advanceSession(tx, actor({}), seen, 'agenda', {})),
    ).rejects.toMatchObject({
      kind: 'conflict',
      code: 'SESSION_CHANGED',
    });
    const hr = actor({ roles: ['hr'], organisationId: s.w.orgs.hrBureau.id, jurisdictionCode: '210000' });
    await expect(inTransaction((tx) => advanceSession(tx, hr, session, 'agenda', {}))).rejects.toMatchObject({
      kind: 'forbidden',
      code: 'SESSION_READ_ONLY',
    });
    const cityOffice = actor({ organisationId: s.w.orgs.cityOffice.id, jurisdictionCode: '210300' });
    await expect(
      inTransaction((tx) => advanceSession(tx, cityOffice, session, 'agenda', {})),
    ).rejects.toMatchObject({ kind: 'not-found', code: 'SESSION_NOT_FOUND' });
    expect(await stored(session.id)).toEqual(session);
  });

  it.runIf(onPostgres)(
    'holds the session row: a step that writes nothing waits for a step in flight and sees where it left the session',
    async () => {
      const session = await sessionIn('drawn');
      // Another server process opens the voting and holds its transaction open.
      const client = new pg.Client({ connectionString: s.t.database.url });
      await client.connect();
      try {
        const { drizzle } = await import('drizzle-orm/node-postgres');
        const other = drizzle(client) as unknown as Db;
        await client.query('begin');
        await advanceSession(other, actor({}), session, 'open-voting', { votingOpenedAt: new Date() });
        let settled = false;
        // 安排答辩 writes nothing to the session: only the lock makes it wait for the open voting.
        const second = inTransaction((tx) => advanceSession(tx, actor({}), session, 'schedule-defence')).then(
          () => null,
          (error: unknown) => error,
        );
        void second.finally(() => {
          settled = true;
        });
        const waitingForLock = async () =>
          (
            await client.query(
              `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
            )
          ).rows[0].n > 0;
        while (!settled && !(await waitingForLock())) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(settled).toBe(false);
        await client.query('commit');
        expect(await second).toMatchObject({
          code: 'SESSION_WRONG_STAGE',
          message: '会议当前为「会议表决中」，不能安排答辩',
        });
        expect(await stored(session.id)).toMatchObject({ status: 'voting', version: session.version + 1 });
      } finally {
        await client.end();
      }
    },
  );
});
