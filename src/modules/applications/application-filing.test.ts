import { and, count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { filingRequestOf, racedFiler } from '../../../test/helpers/application-requests';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { newKey } from '../../../test/helpers/application-world';
import {
  applicationCommitments,
  applicationEvents,
  applications,
  auditEvents,
  notifications,
} from '../../db/schema';
import { AppError } from '../../domain/errors';

const s = applicationSuite();
const { file, rows, setDay } = s;

const db = () => s.t.database.db;
const countWhere = async (table: typeof applicationEvents | typeof applicationCommitments, ids: string[]) =>
  (await db().select({ n: count() }).from(table).where(inArray(table.applicationId, ids)))[0]!.n;

/**
 * Filings that arrive together are written together (group commit). These requests are
 * sent at once, so they meet in the same batch; each must still be judged and answered on
 * its own, with everything a single filing writes.
 */
describe('filings arriving together (one batch)', () => {
  it('files every one with its own number, timeline entry, commitment, notice and audit events', async () => {
    setDay('2026-03-03');
    const people = await Promise.all(Array.from({ length: 6 }, () => s.w.applicant(s.w.orgs.employer.id)));
    const employerInbox = async () =>
      (
        await db().select({ n: count() }).from(notifications).where(eq(notifications.title, '新的待办申报'))
      )[0]!.n;
    const inboxBefore = await employerInbox();
    const responses = await Promise.all(people.map((p) => file(p.session)));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201, 201]);
    const filed = responses.map((r) => r.json());
    expect(new Set(filed.map((a) => a.number)).size).toBe(6);
    expect(filed.map((a) => a.personName)).toEqual(people.map((p) => p.person.name));
    expect(filed.every((a) => a.state === 'submitted' && a.version === 2)).toBe(true);
    const ids = filed.map((a) => a.id);
    expect(await countWhere(applicationEvents, ids)).toBe(6);
    expect(await countWhere(applicationCommitments, ids)).toBe(6);
    const audit = await db()
      .select({ action: auditEvents.action, entityId: auditEvents.entityId })
      .from(auditEvents)
      .where(inArray(auditEvents.entityId, ids));
    for (const id of ids)
      expect(audit.filter((e) => e.entityId === id).map((e) => e.action)).toEqual([
        'application.created',
        'application.submit',
      ]);
    // The unit's reviewer (one account in this world) is told of each one.
    expect((await employerInbox()) - inboxBefore).toBe(6);
  });

  it('answers a double click with the same application and a second key of the same person with 409', async () => {
    setDay('2026-03-03');
    const { session, person } = await s.w.applicant(s.w.orgs.employer.id);
    const key = newKey();
    const responses = await Promise.all([file(session, {}, key), file(session, {}, key), file(session)]);
    const byStatus = responses.map((r) => r.statusCode).sort();
    expect(byStatus).toEqual([200, 201, 409]);
    const ok = responses.filter((r) => r.statusCode !== 409).map((r) => r.json().id);
    expect(ok[0]).toBe(ok[1]);
    const refused = responses.find((r) => r.statusCode === 409)!.json();
    expect(refused.error.code).toBe('ALREADY_APPLIED');
    expect(refused.error.message).toContain('重复申报：本年度已有同一系列的申报');
    const mine = await db()
      .select({ n: count() })
      .from(applications)
      .where(and(eq(applications.personId, person.id), eq(applications.year, 2026)));
    expect(mine[0]!.n).toBe(1);
  });

  it('files two series of one person sent together: the second waits for the next batch and is judged knowing the first', async () => {
    setDay('2026-03-03');
    const { session, person } = await s.w.applicant(s.w.orgs.employer.id);
    const research = { series: 'natural-science-research', level: 'associate-senior', specialty: '电子信息' };
    const responses = await Promise.all([file(session), file(session, { target: research }), file(session)]);
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 409]);
    expect(responses[2]!.json().error.details[0].message).toContain('national 人社部令第40号');
    const mine = await db()
      .select({ series: applications.series })
      .from(applications)
      .where(eq(applications.personId, person.id));
    expect(mine.map((a) => a.series).sort()).toEqual(['engineering', 'natural-science-research']);
  });

  it('refuses the bad ones alone: the others in the batch are filed, the refused write nothing', async () => {
    setDay('2026-03-03');
    const good = await s.w.applicant(s.w.orgs.employer.id);
    const noCommitment = await s.w.applicant(s.w.orgs.employer.id);
    const retiree = await s.w.applicant(s.w.orgs.employer.id, { retired: true });
    const noUnit = await s.w.applicant(null);
    const foreign = await s.w.applicant(s.w.orgs.employer.id);
    const before = await rows();
    const [a, b, c, d, e] = await Promise.all([
      file(good.session),
      file(noCommitment.session, { personalCommitment: false }),
      file(retiree.session),
      file(noUnit.session),
      file(foreign.session, { attachmentIds: ['00000000-0000-4000-8000-000000000000'] }),
    ]);
    expect(a!.statusCode, a!.body).toBe(201);
    expect(b!.statusCode).toBe(422);
    expect(b!.json().error.message).toContain('须签署个人承诺');
    expect(c!.statusCode).toBe(422);
    expect(c!.json().error.message).toContain('退休');
    expect(d!.statusCode).toBe(422);
    expect(e!.statusCode).toBe(400);
    expect(e!.json().error.details[0]).toMatchObject({
      path: 'attachmentIds[0]',
      message: '不是本人上传的申报材料',
    });
    expect(await rows()).toBe(before + 1);
  });
});

/**
 * Another worker process files for the same people between this batch's reads and its write:
 * the batch's one-statement write is refused by the unique indexes and writes nothing, and
 * the batch is written again leaving out the people filed meanwhile.
 */
describe('a filing raced by another worker', () => {
  it('answers a retry with the winner’s application, another key with 409, and files the rest whole', async () => {
    setDay('2026-03-03');
    const [retried, rival, alone] = await Promise.all(
      Array.from({ length: 3 }, () => s.w.applicant(s.w.orgs.employer.id)),
    );
    const request = (personId: string, key: string) => filingRequestOf(db(), personId, key);
    const retriedKey = newKey();
    const requests = [
      await request(retried!.person.id, retriedKey),
      await request(rival!.person.id, newKey()),
      await request(alone!.person.id, newKey()),
    ];
    const raced: { id: string; number: string }[] = [];
    const filer = racedFiler(s.t, async () => {
      const filed = await Promise.all([file(retried!.session, {}, retriedKey), file(rival!.session)]);
      expect(filed.map((r) => r.statusCode)).toEqual([201, 201]);
      raced.push(...filed.map((r) => r.json() as { id: string; number: string }));
    });
    const outcomes = await Promise.allSettled(requests.map((r) => filer(r)));
    expect(raced).toHaveLength(2);

    const [sameKey, otherKey, free] = outcomes;
    expect(sameKey).toMatchObject({
      status: 'fulfilled',
      value: { created: false, receipt: { id: raced[0]!.id } },
    });
    expect(otherKey!.status).toBe('rejected');
    const refusal = (otherKey as PromiseRejectedResult).reason;
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe('ALREADY_APPLIED');
    // Named as the blocking rule names it: the rival's number, the duplicate rule's clause.
    expect((refusal as AppError).details[0]!.message).toContain(raced[1]!.number);
    expect((refusal as AppError).details[0]!.message).toContain('national 人社部令第40号');
    expect(free).toMatchObject({ status: 'fulfilled', value: { created: true } });
    const freeReceipt = (free as PromiseFulfilledResult<{ receipt: { id: string; number: string } }>).value
      .receipt;
    const freeId = freeReceipt.id;
    // Written by this batch's second attempt, under the number it drew before the race (the
    // batcher's last resort, running each filing again alone, would draw a later one).
    const racedNumbers = await db()
      .select({ number: applications.number })
      .from(applications)
      .where(inArray(applications.id, [raced[0]!.id, raced[1]!.id]));
    for (const { number } of racedNumbers) expect(freeReceipt.number < number).toBe(true);

    // One application each; each with one timeline entry, one commitment, its audit events.
    for (const who of [retried, rival, alone]) {
      const mine = await db().select().from(applications).where(eq(applications.personId, who!.person.id));
      expect(mine).toHaveLength(1);
    }
    const ids = [raced[0]!.id, raced[1]!.id, freeId];
    expect(await countWhere(applicationEvents, ids)).toBe(3);
    expect(await countWhere(applicationCommitments, ids)).toBe(3);
    const created = await db()
      .select({ entityId: auditEvents.entityId })
      .from(auditEvents)
      .where(and(inArray(auditEvents.entityId, ids), eq(auditEvents.action, 'application.created')));
    expect(created.map((e) => e.entityId).sort()).toEqual([...ids].sort());
  });
});
