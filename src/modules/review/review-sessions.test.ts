import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createUser, login } from '../../../test/helpers/factories';
import { pdfText } from '../../../test/helpers/pdf-text';
import {
  atApplicantsEmployer,
  idsOf,
  reviewSuite,
  storePoolSnapshot,
  tamperPoolSnapshot,
} from '../../../test/helpers/review-world';
import { auditEvents, experts, sessionResults } from '../../db/schema';
import { verifyFixedResults } from './results-integrity';
import { replayDraw } from './session-draw';

const s = reviewSuite({ experts: 30, accepted: 3 });
const { get, setDay, post, newSession, setAgenda } = s;

describe('a review session', () => {
  it('is held by the end of November by a committee in its validity, with a lawful panel', async () => {
    setDay('2026-11-16');
    const acrossYears = await newSession({ heldOn: '2027-01-08' });
    expect(acrossYears.statusCode).toBe(201);
    const crossing = await setAgenda(acrossYears.json().id, [s.apps[0]!.id]);
    expect(crossing.statusCode).toBe(400);
    expect(crossing.json().error.message).toContain('不允许跨年度');
    // The province sets no date of its own; the applicants' city (anshan-2023 九) says 11月底前.
    const late = await newSession({ heldOn: '2026-12-02' });
    expect(late.statusCode).toBe(201);
    const lateAgenda = await setAgenda(late.json().id, [s.apps[0]!.id]);
    expect(lateAgenda.statusCode).toBe(400);
    expect(lateAgenda.json().error.message).toContain('anshan-2023 九');
    const small = await newSession({ strata: [{ group: '通信工程', seats: 9, alternates: 2 }] });
    expect(small.statusCode).toBe(400);
    expect(small.json().error.details[0].path).toBe('strata');
    const foreign = await post(s.w.sessions.cityOffice, '/api/v1/review-sessions', {
      committeeId: s.w.committee.id,
      name: '越权会议',
      heldOn: '2026-11-20',
      place: '鞍山',
      strata: [{ group: '通信工程', seats: 11, alternates: 3 }],
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('answers each session with what the caller may do on it: the office its steps, a reader none', async () => {
    setDay('2026-11-16');
    const id = (await newSession({ heldOn: '2026-11-20' })).json().id;
    const rowOf = async (session: Parameters<typeof get>[0]) =>
      (await get(session, '/api/v1/review-sessions')).json().find((row: { id: string }) => row.id === id);
    const office = (await get(s.w.sessions.provinceOffice, `/api/v1/review-sessions/${id}`)).json();
    expect(office.actions).toEqual([
      { step: 'agenda', name: '编排议程' },
      { step: 'publish-seed', name: '公布抽取种子' },
    ]);
    expect(office.steps).toEqual(office.actions);
    expect((await rowOf(s.w.sessions.provinceOffice)).actions).toEqual(office.actions);
    // The province's supervisor reads the provincial committee's sessions.
    const supervisor = await login(
      s.t.app,
      (await createUser(s.t.database.db, { roles: ['supervisor'], jurisdictionCode: '210000' })).username,
    );
    const reader = await get(supervisor, `/api/v1/review-sessions/${id}`);
    expect(reader.statusCode).toBe(200);
    expect(reader.json().actions).toEqual([]);
    expect((await rowOf(supervisor)).actions).toEqual([]);
    expect((await get(s.w.sessions.cityOffice, `/api/v1/review-sessions/${id}`)).statusCode).toBe(404);
    expect(await rowOf(s.w.sessions.cityOffice)).toBeUndefined();
  });

  it('runs from agenda to announcement: replayable draw with recusal, blind review, one anonymous ballot, capped results', async () => {
    setDay('2026-11-16');
    const created = await newSession();
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const office = s.w.sessions.provinceOffice;

    const agenda = await setAgenda(id, idsOf(s.apps));
    expect(agenda.statusCode, agenda.body).toBe(200);
    const again = await setAgenda(id, [s.apps[0]!.id]);
    expect(again.statusCode).toBe(400);

    const seed = await post(office, `/api/v1/review-sessions/${id}/seed`, { seed: '2026-LN-TELECOM-0001' });
    expect(seed.statusCode, seed.body).toBe(200);
    expect(seed.json()).toMatchObject({ seed: '2026-LN-TELECOM-0001', poolSize: s.w.pool.length });
    expect(seed.json().poolHash).toMatch(/^[0-9a-f]{64}$/);
    const drawn = await post(office, `/api/v1/review-sessions/${id}/draw`);
    expect(drawn.statusCode, drawn.body).toBe(200);
    expect(drawn.json().seats).toBe(14);

    const console1 = (await get(office, `/api/v1/review-sessions/${id}`)).json();
    expect(console1.status).toBe('drawn');
    // 16 of the 30 can sit and 14 seats are drawn: the draw cannot avoid meeting the others.
    const atEmployer = new Set(s.w.pool.filter((_, i) => atApplicantsEmployer(i)).map((e) => e.id));
    expect(console1.seats.some((s: { expertId: string }) => atEmployer.has(s.expertId))).toBe(false);
    // A drawn expert at the applicants' employer steps aside for all three, and the draw moves on.
    const sameUnit = console1.recusals.filter((r: { reason: string }) => r.reason === 'same-unit');
    expect(sameUnit.length).toBeGreaterThan(0);
    expect(sameUnit.length % s.apps.length).toBe(0);
    for (const r of sameUnit) expect(atEmployer.has(r.expertId)).toBe(true);
    expect(sameUnit[0].reasonName).toBe('同一单位');

    // Any auditor replays the panel from the published seed and the frozen snapshot.
    const replay = await replayDraw(s.t.database.db, id);
    expect(replay).toMatchObject({ matches: true, problems: [], poolHash: seed.json().poolHash });
    const published = await tamperPoolSnapshot(s.t.database.db, id);
    expect((await replayDraw(s.t.database.db, id)).problems).toEqual(['专家库快照与公布的摘要不符']);
    await storePoolSnapshot(s.t.database.db, id, published);

    // Blind initial review: the expert sees codes and records, never who or where.
    const members = console1.seats.filter((s: { role: string }) => s.role === 'member');
    const alternate = console1.seats.find((s: { role: string }) => s.role === 'alternate');
    const expertSession = (expertId: string) => s.w.pool.find((e) => e.id === expertId)!.session();
    const first = await expertSession(members[0].expertId);
    const items = await get(first, `/api/v1/expert/sessions/${id}/items`);
    expect(items.statusCode, items.body).toBe(200);
    expect(items.json().items.map((i: { code: string }) => i.code)).toEqual(['A001', 'A002', 'A003']);
    for (const a of s.apps) {
      for (const secret of [a.personName, a.employerName, a.number, a.id])
        expect(items.body).not.toContain(secret);
    }
    expect(items.body).not.toMatch(/\d{6}\*+\d{3}[\dX]/);
    const scored = await post(first, `/api/v1/expert/sessions/${id}/items/A001/score`, {
      score: 88,
      comment: '业绩突出，代表作质量较高。',
    });
    expect(scored.statusCode, scored.body).toBe(200);
    const outsider = await get(await s.w.pool[0]!.session(), `/api/v1/expert/sessions/${id}/items`);
    expect(outsider.statusCode).toBe(404);

    // The roll call: fewer than 2/3 of the 11 members is no quorum, and nothing changes.
    const tooFew = await post(office, `/api/v1/review-sessions/${id}/voting/open`, {
      present: members.slice(0, 7).map((s: { expertId: string }) => s.expertId),
    });
    expect(tooFew.statusCode).toBe(422);
    expect(tooFew.json().error.code).toBe('QUORUM_NOT_MET');
    expect((await get(office, `/api/v1/review-sessions/${id}`)).json().status).toBe('drawn');
    const open = await post(office, `/api/v1/review-sessions/${id}/voting/open`, {
      present: members.map((s: { expertId: string }) => s.expertId),
    });
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json()).toMatchObject({ attending: 11, quorumRequired: 8 });

    const absent = await post(
      await expertSession(alternate.expertId),
      `/api/v1/expert/sessions/${id}/items/A001/ballot`,
      {
        choice: 'agree',
      },
    );
    expect(absent.statusCode).toBe(403);
    // A001: 11 agree; A002: 10 agree; A003: 7 agree — below ceil(2×11/3) = 8.
    for (const [i, seat] of members.entries()) {
      const expert = await expertSession(seat.expertId);
      for (const [code, agreeing] of [
        ['A001', 11],
        ['A002', 10],
        ['A003', 7],
      ] as const) {
        const cast = await post(expert, `/api/v1/expert/sessions/${id}/items/${code}/ballot`, {
          choice: i < agreeing ? 'agree' : 'disagree',
        });
        expect(cast.statusCode, cast.body).toBe(200);
        expect(cast.json()).toEqual({ code, recorded: true });
      }
    }
    const secondBallot = await post(first, `/api/v1/expert/sessions/${id}/items/A001/ballot`, {
      choice: 'disagree',
    });
    expect(secondBallot.statusCode).toBe(409);
    expect(secondBallot.json().error.message).toContain('不进行第二轮投票');

    // Anonymity: no table holds an expert next to a choice, and the audit trail says only that one voted.
    const columns = await s.t.database.db.execute<{ table_name: string; column_name: string }>(
      sql`select table_name, column_name from information_schema.columns where table_schema = 'public'`,
    );
    const byTable = new Map<string, Set<string>>();
    for (const c of (columns as unknown as { rows: { table_name: string; column_name: string }[] }).rows)
      byTable.set(c.table_name, (byTable.get(c.table_name) ?? new Set()).add(c.column_name));
    for (const [table, cols] of byTable)
      if (cols.has('expert_id'))
        expect([table, ['agree', 'disagree', 'choice'].some((c) => cols.has(c))]).toEqual([table, false]);
    const ballotAudit = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'review.ballot-cast'));
    expect(ballotAudit).toHaveLength(33);
    for (const e of ballotAudit) expect(Object.keys(e.data as object)).toEqual(['code']);
    const midVote = (await get(office, `/api/v1/review-sessions/${id}`)).json();
    expect(midVote.agenda[0].tally).toBeNull();

    expect((await post(office, `/api/v1/review-sessions/${id}/voting/close`)).statusCode).toBe(200);
    const preview = await get(office, `/api/v1/review-sessions/${id}/results/preview`);
    expect(preview.statusCode, preview.body).toBe(200);
    const outcome = Object.fromEntries(
      preview.json().outcomes.map((o: { code: string; outcome: string }) => [o.code, o.outcome]),
    );
    // 3 candidates under the 50% cap of 评聘分开 senior titles: floor(1.5) = 1 passes.
    expect(outcome).toEqual({ A001: 'passed', A002: 'over-cap', A003: 'below-threshold' });
    expect(preview.json().groups[0]).toMatchObject({ candidates: 3, rate: 0.5, limit: 1, passed: 1 });

    const fixed = await post(office, `/api/v1/review-sessions/${id}/results`);
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ passed: 1, failed: 2, publicityEndsOn: '2026-11-20' });
    const states = await Promise.all(
      s.apps.map(async (a) => (await get(office, `/api/v1/applications/${a.id}`)).json().state),
    );
    expect(states).toEqual(['result-publicity', 'not-passed', 'not-passed']);
    const notices = (await s.t.app.inject({ method: 'GET', url: '/api/v1/public/publicity' })).json();
    const resultNotice = notices.items.find((n: { kind: string }) => n.kind === 'result');
    expect(resultNotice).toMatchObject({
      publisher: '辽宁省通信工程专业高级职称评审委员会办公室',
      endsOn: '2026-11-20',
    });
    // An objection to the result blocks filing until the committee office records its outcome.
    const objection = await s.object(resultNotice.id, {
      complainantName: '赵文华',
      contact: '13900139000',
      content: '该申报人的代表作与他人成果雷同，请核查。',
    });
    expect(objection.statusCode, objection.body).toBe(201);

    // Fixed results are immutable, and a change made around the trigger is found by audit verify.
    await expect(s.t.database.db.execute(sql`update session_results set passed = true`)).rejects.toThrow();
    expect((await verifyFixedResults(s.t.database.db)).problems).toEqual([]);
    const original = await s.t.database.db.select().from(sessionResults);
    const bypass = async (statement: ReturnType<typeof sql>) => {
      await s.t.database.db.execute(
        sql`alter table session_results disable trigger session_results_no_change`,
      );
      await s.t.database.db.execute(statement);
      await s.t.database.db.execute(
        sql`alter table session_results enable trigger session_results_no_change`,
      );
    };
    await bypass(sql`update session_results set passed = true, outcome = 'passed'`);
    const check = await verifyFixedResults(s.t.database.db);
    expect(check.problems[0]?.reason).toContain('结果被修改');
    for (const r of original)
      await bypass(
        sql`update session_results set passed = ${r.passed}, outcome = ${r.outcome} where application_id = ${r.applicationId}`,
      );
    expect((await verifyFixedResults(s.t.database.db)).problems).toEqual([]);

    const early = await post(office, `/api/v1/review-sessions/${id}/filing`);
    expect(early.statusCode).toBe(422);
    expect(early.json().error.message).toContain('评审结果公示期未满');
    setDay('2026-11-23');
    const blocked = await post(office, `/api/v1/review-sessions/${id}/filing`);
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().error.message).toContain('尚有1件公示异议未处理完毕');
    const seen = (await get(office, `/api/v1/applications/${s.apps[0]!.id}`)).json();
    expect(seen.objections[0]).toMatchObject({
      noticeKind: 'result',
      complainantName: '赵文华',
      canResolve: true,
    });
    const byEmployer = await post(
      s.w.sessions.employer,
      `/api/v1/objections/${objection.json().id}/resolution`,
      {
        status: 'dismissed',
        outcome: '不是发布单位',
      },
    );
    expect(byEmployer.statusCode).toBe(404);
    const resolved = await post(office, `/api/v1/objections/${objection.json().id}/resolution`, {
      status: 'dismissed',
      outcome: '经查重比对，代表作系本人独立完成，异议不成立。',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    const filed = await post(office, `/api/v1/review-sessions/${id}/filing`);
    expect(filed.statusCode, filed.body).toBe(200);
    const announced = await post(office, `/api/v1/review-sessions/${id}/announcement`, {
      announcementNumber: '辽人社〔2026〕188号',
    });
    expect(announced.statusCode, announced.body).toBe(200);
    expect(announced.json()).toEqual({
      announcementNumber: '辽人社〔2026〕188号',
      conferred: 1,
      certificates: [expect.stringMatching(/^210000202600\d{8}[\dX]$/)],
    });
    expect((await get(office, `/api/v1/applications/${s.apps[0]!.id}`)).json().state).toBe('conferred');

    const form = await get(
      office,
      `/api/v1/review-sessions/${id}/applications/${s.apps[0]!.id}/evaluation-form.pdf`,
    );
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toBe('application/pdf');
    const text = pdfText(form.rawPayload);
    for (const copy of ['第一联', '第二联', '第三联']) expect(text).toContain(copy);
    expect(text.replace(/\s+/g, '')).toContain('同意11票，不同意0票，弃权0票');
    expect(text).toContain('辽人社〔2026〕188号');
    expect(text.replace(/\s+/g, '')).toContain(s.apps[0]!.personName);
    const hidden = await get(
      s.w.sessions.cityOffice,
      `/api/v1/review-sessions/${id}/applications/${s.apps[0]!.id}/evaluation-form.pdf`,
    );
    expect(hidden.statusCode).toBe(404);
  }, 120_000);

  it('closes the year’s expert pool on 30 June', async () => {
    setDay('2026-11-16');
    const [spare] = await s.t.database.db
      .insert(experts)
      .values({
        name: '新入库专家',
        series: 'engineering',
        level: 'senior',
        specialty: '通信工程',
        unitName: '辽宁邮电规划设计院',
        regionCode: '210000',
        termFrom: '2026-01-01',
        termTo: '2028-12-31',
      })
      .returning();
    const url = `/api/v1/committees/${s.w.committee.id}/pool`;
    const closed = await post(s.w.sessions.provinceOffice, url, {
      expertId: spare!.id,
      year: 2026,
      group: '通信工程',
    });
    expect(closed.statusCode).toBe(422);
    expect(closed.json().error.message).toContain('6月30日前');
    const next = await post(s.w.sessions.provinceOffice, url, {
      expertId: spare!.id,
      year: 2027,
      group: '通信工程',
    });
    expect(next.statusCode, next.body).toBe(200);
  });
});
