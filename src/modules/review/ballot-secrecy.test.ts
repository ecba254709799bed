import { sql } from 'drizzle-orm';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptedApplications, idsOf, reviewSuite } from '../../../test/helpers/review-world';
import type { Db } from '../../db/client';
import { createBallotBox } from './ballot-box';

/**
 * The secret ballot against a reader of the database itself: after every ballot, and after
 * the close, nothing stored — rows, transaction ids, tuple versions, raw pages — may pair an
 * expert with a choice. On PostgreSQL the raw pages are read with pageinspect.
 */

const s = reviewSuite({ experts: 30, accepted: 3, timeout: 180_000 });
const { get, setDay, post, newSession, setAgenda } = s;
const onPostgres = Boolean(process.env.DATABASE_URL);

beforeAll(async () => {
  if (onPostgres) await s.t.database.db.execute(sql`create extension if not exists pageinspect`);
});

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Every heap tuple of every table, live or dead, as pageinspect reads it from the pages. */
function rawTuples(db: Db) {
  return rows<{ rel: string; xmin: string; xmax: string; len: number; data: string | null }>(
    db,
    sql`select c.relname as rel, h.t_xmin::text as xmin, h.t_xmax::text as xmax,
               coalesce(length(h.t_data), 0) as len, encode(h.t_data, 'hex') as data
          from pg_class c,
               generate_series(0, (pg_relation_size(c.oid) / current_setting('block_size')::int)::int - 1) as b(blk),
               heap_page_items(get_raw_page(c.relname::text, b.blk)) as h
         where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace and h.lp_len > 0`,
  );
}

/** The raw bytes of a table's pages, as hex, free space included. */
async function rawPages(db: Db, table: string): Promise<string> {
  const pages = await rows<{ page: string }>(
    db,
    sql`select encode(get_raw_page(${table}::text, b.blk), 'hex') as page
          from generate_series(0, (pg_relation_size(${table}::regclass) / current_setting('block_size')::int)::int - 1) as b(blk)`,
  );
  return pages.map((p) => p.page).join('');
}

const hexOf = (text: string) => Buffer.from(text, 'utf8').toString('hex');

describe('the secret ballot against a reader of the database', () => {
  let id: string;
  /** How each expert voted on each item, as the test arranged it. */
  const choices = new Map<string, 'agree' | 'disagree' | 'abstain'>();
  let seals: string[] = [];

  it('leaves no trace of a choice next to an expert while voting is open', async () => {
    setDay('2026-11-16');
    id = (await newSession()).json().id;
    const office = s.w.sessions.provinceOffice;
    await setAgenda(id, idsOf(s.apps));
    await post(office, `/api/v1/review-sessions/${id}/seed`, { seed: '2026-LN-SECRET-0001' });
    expect((await post(office, `/api/v1/review-sessions/${id}/draw`)).statusCode).toBe(200);
    const seats = (await get(office, `/api/v1/review-sessions/${id}`)).json().seats;
    const members = seats.filter((s: { role: string }) => s.role === 'member');
    const open = await post(office, `/api/v1/review-sessions/${id}/voting/open`, {
      present: members.map((s: { expertId: string }) => s.expertId),
    });
    expect(open.statusCode, open.body).toBe(200);

    const db = s.t.database.db;
    const codes = ['A001', 'A002', 'A003'];
    for (const [i, seat] of members.entries()) {
      const session = await s.w.pool.find((e) => e.id === seat.expertId)!.session();
      for (const [k, code] of codes.entries()) {
        const choice = (['agree', 'disagree', 'abstain'] as const)[(i + k) % 3]!;
        const cast = await post(session, `/api/v1/expert/sessions/${id}/items/${code}/ballot`, { choice });
        expect(cast.statusCode, cast.body).toBe(200);
        choices.set(`${seat.expertId}/${code}`, choice);
      }
    }

    // What an ordinary query sees: counters untouched by any ballot, and sealed ballots that
    // are all of one length, all different, and name no item.
    const tallies = await rows<{ n: number }>(db, sql`select count(*)::int as n from ballot_tallies`);
    expect(tallies[0]!.n).toBe(0);
    seals = (await rows<{ seal: string }>(db, sql`select seal from sealed_ballots`)).map((r) => r.seal);
    expect(seals).toHaveLength(33);
    expect(new Set(seals.map((seal) => seal.length)).size).toBe(1);
    expect(new Set(seals).size).toBe(33);
    for (const a of s.apps) for (const seal of seals) expect(seal).not.toContain(a.id);
    const [round] = await rows<{ salt: string }>(
      db,
      sql`select ballot_salt as salt from review_sessions where id = ${id}`,
    );
    expect(round!.salt).toMatch(/^[0-9a-f]{32}$/);

    if (!onPostgres) return;
    // The raw pages: every tuple each ballot's transaction wrote, dead ones included. If the
    // tuples of an agreeing ballot differed in any table or length from a disagreeing one,
    // the difference would betray the choice; they must all be alike.
    const voters = await rows<{ xmin: string; expert: string; app: string }>(
      db,
      sql`select xmin::text as xmin, expert_id as expert, application_id as app from ballot_participation`,
    );
    expect(voters).toHaveLength(33);
    const tuples = await rawTuples(db);
    const fingerprints = new Map<string, Set<string>>();
    for (const v of voters) {
      const written = tuples
        .filter((tp) => tp.xmin === v.xmin)
        .map((tp) => `${tp.rel}:${tp.len}`)
        .sort()
        .join(',');
      const code = codes[s.apps.findIndex((a) => a.id === v.app)]!;
      const choice = choices.get(`${v.expert}/${code}`)!;
      fingerprints.set(written, (fingerprints.get(written) ?? new Set()).add(choice));
    }
    expect([...fingerprints.keys()]).toHaveLength(1);
    expect([...fingerprints.values()][0]).toEqual(new Set(['agree', 'disagree', 'abstain']));
    expect(tuples.filter((tp) => tp.rel === 'ballot_tallies')).toEqual([]);
  });

  it('counts only at the close, in its own transaction, and leaves nothing to pair afterwards', async () => {
    const db = s.t.database.db;
    const office = s.w.sessions.provinceOffice;
    const closed = await post(office, `/api/v1/review-sessions/${id}/voting/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toEqual({ ballots: 33 });

    // The counts are right…
    const counted = await rows<{
      app: string;
      agree: number;
      disagree: number;
      abstain: number;
      xmin: string;
    }>(
      db,
      sql`select application_id as app, agree, disagree, abstain, xmin::text as xmin from ballot_tallies where session_id = ${id}`,
    );
    for (const [k, a] of s.apps.entries()) {
      const expected = { agree: 0, disagree: 0, abstain: 0 };
      for (const [key, choice] of choices) if (key.endsWith(`/A00${k + 1}`)) expected[choice] += 1;
      expect(counted.find((c) => c.app === a.id)).toMatchObject(expected);
    }
    // …and the counters' transaction is the close, which is none of the voters'.
    const voterXids = new Set(
      (await rows<{ xmin: string }>(db, sql`select xmin::text as xmin from ballot_participation`)).map(
        (r) => r.xmin,
      ),
    );
    expect(new Set(counted.map((c) => c.xmin)).size).toBe(1);
    for (const c of counted) expect(voterXids.has(c.xmin)).toBe(false);
    // The box is empty and the round's salt erased.
    expect((await rows<{ n: number }>(db, sql`select count(*)::int as n from sealed_ballots`))[0]!.n).toBe(0);
    const [session] = await rows<{ salt: string | null }>(
      db,
      sql`select ballot_salt as salt from review_sessions where id = ${id}`,
    );
    expect(session!.salt).toBeNull();

    if (!onPostgres) return;
    // The pages after the close's vacuum: no tuple of any ballot's transaction in the tallies,
    // and no sealed ballot left anywhere in the box's bytes. (The erased salt may linger in
    // the session table's free space until the page is rewritten; it opens nothing without
    // the master secret, which is never in the database.)
    const tuples = await rawTuples(db);
    for (const tp of tuples.filter((x) => x.rel === 'ballot_tallies')) {
      expect(voterXids.has(tp.xmin)).toBe(false);
      expect(voterXids.has(tp.xmax)).toBe(false);
    }
    const box = await rawPages(db, 'sealed_ballots');
    for (const seal of seals) expect(box.includes(hexOf(seal))).toBe(false);
  });

  it('refuses a ballot whose transaction begins after the close, whatever was checked before', async () => {
    const db = s.t.database.db;
    const box = createBallotBox({ cipher: s.t.cipher });
    const [voter] = await rows<{ expert: string; app: string }>(
      db,
      sql`select expert_id as expert, application_id as app from ballot_participation limit 1`,
    );
    const before = await rows<{ n: number }>(db, sql`select count(*)::int as n from ballot_participation`);
    // The expert's second ballot reaching the box after the close: the session row refuses it.
    await expect(
      db.transaction((tx) =>
        box.cast(tx, { sessionId: id, applicationId: voter!.app, expertId: voter!.expert, choice: 'agree' }),
      ),
    ).rejects.toMatchObject({ code: 'VOTING_CLOSED' });
    expect(await rows<{ n: number }>(db, sql`select count(*)::int as n from ballot_participation`)).toEqual(
      before,
    );
  });
});

describe.runIf(onPostgres)('a ballot racing the close on PostgreSQL', () => {
  it('is either counted by the close or refused: the close waits for a ballot in flight', async () => {
    setDay('2026-11-16');
    const more = await acceptedApplications(s.t, s.w, 1);
    setDay('2026-11-16');
    const id = (await newSession({ name: '2026年度通信工程专业高级职称评审会（第二场）' })).json()
      .id as string;
    const office = s.w.sessions.provinceOffice;
    await setAgenda(id, idsOf(more));
    await post(office, `/api/v1/review-sessions/${id}/seed`, { seed: '2026-LN-SECRET-0002' });
    await post(office, `/api/v1/review-sessions/${id}/draw`);
    const seats = (await get(office, `/api/v1/review-sessions/${id}`)).json().seats;
    const members = seats.filter((s: { role: string }) => s.role === 'member');
    await post(office, `/api/v1/review-sessions/${id}/voting/open`, {
      present: members.map((s: { expertId: string }) => s.expertId),
    });

    // A second server process holds a ballot's transaction open while the office closes.
    const client = new pg.Client({ connectionString: s.t.database.url });
    await client.connect();
    try {
      const { drizzle } = await import('drizzle-orm/node-postgres');
      const other = drizzle(client) as unknown as Db;
      const box = createBallotBox({ cipher: s.t.cipher });
      await client.query('begin');
      await box.cast(other, {
        sessionId: id,
        applicationId: more[0]!.id,
        expertId: members[0].expertId,
        choice: 'agree',
      });
      let closedYet = false;
      const closing = post(office, `/api/v1/review-sessions/${id}/voting/close`).then((r) => {
        closedYet = true;
        return r;
      });
      // The close blocks on the ballot's hold on the session row until the ballot commits.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(closedYet).toBe(false);
      await client.query('commit');
      const closed = await closing;
      expect(closed.statusCode, closed.body).toBe(200);
      expect(closed.json()).toEqual({ ballots: 1 });
      const [tally] = await rows<{ agree: number }>(
        s.t.database.db,
        sql`select agree from ballot_tallies where session_id = ${id}`,
      );
      expect(tally!.agree).toBe(1);
    } finally {
      await client.end();
    }
  });
});
