import crypto from 'node:crypto';
import { count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/test-database';
import type { Database } from '../db/client';
import {
  auditEvents,
  certificates,
  employmentBindings,
  persons,
  personTitles,
  postPlans,
  users,
} from '../db/schema';
import { todayInShanghai } from '../domain/calendar';
import { parseCertificateNumber } from '../domain/certificates';
import { verifyAuditChain } from '../modules/audit/audit.service';
import { actorFromUser } from '../modules/auth/auth.service';
import { seedCalendar } from '../modules/calendar/calendar.service';
import { manualClock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import { createFieldCipher } from '../platform/crypto';
import { type AppContext, seedDemoIfFresh } from './bootstrap';
import { createServices } from './services';

let database: Database;
let context: AppContext;
beforeAll(async () => {
  database = await createTestDatabase();
  // As start-up does: the demo's appointments are publicised for working days of past years.
  await seedCalendar(database.db);
  const config = loadConfig({ NODE_ENV: 'test' });
  const cipher = createFieldCipher(crypto.randomBytes(32));
  // A fixed day, so the demo's dated history and queues are the same whenever the test runs (near
  // the end of the calendar's data a pending proposal would stay a draft).
  const clock = manualClock(new Date('2026-11-02T02:00:00Z'));
  context = {
    database,
    cipher,
    services: createServices({ db: database.db, clock, config, cipher }),
    clock,
    close: () => database.close(),
  };
});
afterAll(() => database?.close());

const userCount = async () => (await database.db.select({ n: count() }).from(users))[0]!.n;

describe('demo seeding', () => {
  it('never seeds in production', async () => {
    expect(
      await seedDemoIfFresh(
        context,
        loadConfig({ NODE_ENV: 'production', ZHIPING_SECRET_KEY: 'a'.repeat(64) }),
      ),
    ).toBeNull();
    expect(await userCount()).toBe(0);
  });

  it('seeds a fresh database once, with ID numbers encrypted and masked', async () => {
    const summary = await seedDemoIfFresh(context, loadConfig({ NODE_ENV: 'test' }));
    expect(summary).toMatchObject({ organisations: 36, persons: 300 });
    expect(summary!.accounts.map((a) => a.username)).toContain('admin');
    expect(await seedDemoIfFresh(context, loadConfig({ NODE_ENV: 'test' }))).toBeNull();
    // One per role, the self-registered newcomer, the account of the unit awaiting review and the
    // HR clerks of the two public institutions with post plans.
    expect(await userCount()).toBe(13);
    // Post plans made through the posts services: two approved (the hospital's second version
    // superseding its first), and one waiting for the department.
    const plans = await database.db
      .select({ state: postPlans.state, n: count() })
      .from(postPlans)
      .groupBy(postPlans.state);
    expect(Object.fromEntries(plans.map((p) => [p.state, p.n]))).toEqual({
      approved: 2,
      superseded: 1,
      submitted: 1,
    });
    expect(summary!.accounts.at(-1)).toMatchObject({
      username: '13900000100',
      organisation: '未绑定单位，待单位确认',
      phone: '13900000100',
    });

    const [person] = await database.db.select().from(persons).limit(1);
    expect(person!.idNumberCipher).not.toMatch(/\d{17}[\dX]/);
    expect(person!.idNumberMasked).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    const plain = context.cipher.decrypt(person!.idNumberCipher);
    expect(plain.slice(0, 3)).toBe(person!.idNumberMasked.slice(0, 3));
    expect(context.cipher.lookupHash(plain)).toBe(person!.idNumberHash);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);

    // Every demo employer is a confirmed binding, as migration 0016 made them for real data.
    const employed = await database.db
      .select({ n: count() })
      .from(persons)
      .where(isNotNull(persons.organisationId));
    const bound = await database.db
      .select({ n: count() })
      .from(employmentBindings)
      .where(eq(employmentBindings.status, 'confirmed'));
    expect(employed[0]!.n).toBeGreaterThan(0);
    expect(bound[0]!.n).toBe(employed[0]!.n);
  });

  it('shows the appointment workflow: a board with a level over quota, and work in every queue', async () => {
    const actor = async (username: string) => {
      const [user] = await database.db.select().from(users).where(eq(users.username, username));
      return actorFromUser(user!);
    };
    const [hospital, institute, department, hr] = await Promise.all(
      ['hospital-hr', 'design-hr', 'department', 'hr'].map(actor),
    );
    const { boards, appointments } = context.services.posts;
    const today = todayInShanghai(context.clock.now());

    // The hospital's board today, under its second plan: 副高 one over quota (六级 cut to one post
    // while two people hold it), most graded posts occupied, vacancies left.
    const board = await boards.board(hr!, hospital!.organisationId!, undefined);
    expect(board.plan).toMatchObject({ version: 2, effectiveFrom: `${today.slice(0, 4)}-01-01` });
    const grade = (g: number) => board.grades.find((row) => row.grade === g)!;
    const level = (l: string) => board.levels.find((row) => row.level === l)!;
    expect(grade(6)).toMatchObject({ quota: 1, occupied: 2, over: 1 });
    expect(level('associate-senior')).toMatchObject({ quota: 3, occupied: 4, over: 1, netOver: 1 });
    for (const other of ['senior', 'intermediate', 'assistant', 'entry']) expect(level(other).over).toBe(0);
    const planned = board.grades.filter((row) => row.quota > 0);
    expect(planned.filter((row) => row.occupied > 0).length).toBeGreaterThan(planned.length / 2);
    expect(level('intermediate')).toMatchObject({ quota: 20, occupied: 9, vacant: 11 });

    // One person's post history with three steps, and the ended appointment of one who left.
    const history = await appointments.list(hospital!, { sort: 'startDate', page: 1, pageSize: 100 });
    const of = (name: string) => history.items.filter((a) => a.person.name === name);
    expect(of('李玉洁').map((a) => [a.grade, a.state])).toEqual([
      [10, 'ended'],
      [9, 'ended'],
      [7, 'filed'],
    ]);
    expect(of('王紫涵').map((a) => a.kind)).toEqual(['transfer-in']);
    expect(of('李俊杰').map((a) => [a.kind, a.state])).toEqual([
      ['first', 'ended'],
      ['ending', 'filed'],
    ]);

    // One appointment in each queue.
    const queue = async (who: typeof hr, state: string) =>
      (
        await appointments.list(who!, {
          state: state as 'draft',
          sort: '-updatedAt',
          page: 1,
          pageSize: 20,
        })
      ).items;
    const [toReview] = await queue(department, 'publicised');
    expect(toReview).toMatchObject({ person: { name: '陈鹏飞' }, actions: { review: true } });
    expect(toReview!.publicityUntil! < today).toBe(true);
    expect(await queue(hr, 'reviewed')).toMatchObject([
      { person: { name: '张嘉怡' }, actions: { file: true } },
    ]);
    const [inPublicity] = await queue(hospital, 'publicised');
    expect(inPublicity).toMatchObject({ person: { name: '李心怡' }, grade: 11 });
    expect(inPublicity!.publicityUntil! >= today).toBe(true);
    expect(await queue(hospital, 'returned')).toMatchObject([
      { person: { name: '张莉莉' }, returnReasons: [expect.any(String), expect.any(String)] },
    ]);
    const [refused] = await queue(hospital, 'draft');
    expect(refused).toMatchObject({ person: { name: '王雨涵' }, grade: 7, check: { allowed: false } });
    expect(refused!.check!.findings.map((f) => f.key)).toContain('posts.appointment.vacancy');
    // The institute's one draft is the special post its postdoc's conferred title proposes.
    expect(await queue(institute, 'draft')).toMatchObject([
      { person: { name: '韩博远' }, kind: 'special', source: 'eligibility-effect' },
    ]);

    // Every step was taken on its own day: the filings are audited from the first plan's year on.
    const filings = await database.db
      .select({ at: auditEvents.occurredAt })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'appointment.filed'))
      .orderBy(auditEvents.occurredAt);
    expect(filings).toHaveLength(33);
    expect(Number(filings[0]!.at.slice(0, 4))).toBe(Number(today.slice(0, 4)) - 7);
    expect(filings.at(-1)!.at < today).toBe(true);
  });

  it('gives the demo people their titles as verifiable certificates from the archive', async () => {
    const [applicant] = await database.db.select().from(users).where(eq(users.username, 'applicant'));
    const [holder] = await database.db.select().from(persons).where(eq(persons.id, applicant!.personId!));
    const own = await database.db
      .select()
      .from(certificates)
      .where(eq(certificates.holderIdHash, holder!.idNumberHash));
    expect(own.map((c) => c.titleName).sort()).toEqual(['助理工程师', '工程师']);
    for (const c of own) {
      expect(parseCertificateNumber(c.number)).toMatchObject({
        valid: true,
        parts: { committeeCode: '000' },
      });
      expect(c.number.slice(6, 10)).toBe(c.issuedOn.slice(0, 4));
    }
    const titles = await database.db.select({ n: count() }).from(personTitles);
    const issued = await database.db.select({ n: count() }).from(certificates);
    expect(issued[0]!.n).toBe(titles[0]!.n);
  });
});
