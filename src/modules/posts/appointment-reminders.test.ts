import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import { createPerson, type Session } from '../../../test/helpers/factories';
import { approvePlan, buildPostWorld } from '../../../test/helpers/post-plans';
import { auditEvents, deadlines, notifications, personTitles } from '../../db/schema';
import { addDays } from '../../domain/calendar';
import { settleTitleDueDates, TERM_REMINDER_DAYS } from './appointment-reminders';

/*
 * What a filed appointment's dates set going: a 先聘后评 title due date (liaoyang-2023 §七) that
 * the sweeper checks on its day, cancelled once the title is on record, and the reminder before
 * a fixed 聘期 ends — through the real workflow (propose, publicity, HR files) in 辽阳.
 */

// Days and years pass between steps: sessions must outlive them.
const s = appSuite(
  { loginRateLimitPerMinute: 10_000, sessionIdleMinutes: 60 * 24 * 365 * 5 },
  buildPostWorld,
);
const requests = signedInRequests(() => s.t);
const { get, post } = requests;
const at = (day: string) => s.t.clock.set(new Date(`${day}T02:00:00Z`));

/** A 辽阳 unit without a department (the city bureau files), its plan approved from 2026-01-01. */
async function liaoyangUnit() {
  at('2026-03-02');
  const unit = await s.w.unit({ jurisdictionCode: '211000', departmentId: null });
  await approvePlan(requests, s.w, unit.session, s.w.sessions.liaoyangHr);
  return unit;
}

/** An introduced expert of the unit with only an assistant title: a 中级 post is 先聘后评. */
async function introducedExpert(unitId: string) {
  const person = await createPerson(s.t.database.db, s.t.cipher, {
    organisationId: unitId,
    titles: [{ series: 'health', level: 'assistant', specialty: '内科', obtainedOn: '2019-06-01' }],
  });
  return person.id;
}

/** Proposes a draft and, once the publicity is over, has the bureau file it. */
async function proposeAndFile(unit: { session: Session }, id: string) {
  const proposed = await post(unit.session, `/api/v1/appointments/${id}/propose`, {});
  expect(proposed.statusCode, proposed.body).toBe(200);
  at(addDays(proposed.json().publicityUntil, 1));
  const filed = await post(s.w.sessions.liaoyangHr, `/api/v1/appointments/${id}/file`, {
    approvalDocument: '辽阳人社聘备〔2026〕9号',
  });
  expect(filed.statusCode, filed.body).toBe(200);
}

/** Drafts the appointment on 2026-03-02 and takes it to filing. */
async function fileAppointment(unit: { session: Session }, body: Record<string, unknown>) {
  at('2026-03-02');
  const draft = await post(unit.session, '/api/v1/appointments', body);
  expect(draft.statusCode, draft.body).toBe(201);
  const { id } = draft.json() as { id: string };
  await proposeAndFile(unit, id);
  return id;
}

const beforeTitle = (personId: string, extra: Record<string, unknown> = {}) => ({
  personId,
  kind: 'first',
  grade: 10,
  series: 'health',
  startDate: '2026-04-01',
  titleDueDate: '2027-03-31',
  person: { newStaff: true, introducedTalent: true },
  ...extra,
});

const deadlinesOf = (subjectId: string) =>
  s.t.database.db.select().from(deadlines).where(eq(deadlines.subjectId, subjectId));

const auditOf = (id: string, action: string) =>
  s.t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, action)));

/** The notices that link to the appointment. */
const noticesOf = (id: string) =>
  s.t.database.db
    .select()
    .from(notifications)
    .where(eq(notifications.link, `/appointments?id=${id}`));

async function sweepOn(day: string) {
  at(day);
  const outcome = await s.t.services.deadlines.sweep();
  expect(outcome, `sweep on ${day}`).toMatchObject({ failed: 0, givenUp: 0 });
}

describe('先聘后评 due dates', () => {
  it('are tracked from filing; when the day passes without the title, the unit and HR are told the decision is the unit’s', async () => {
    const unit = await liaoyangUnit();
    const id = await fileAppointment(unit, beforeTitle(await introducedExpert(unit.id)));
    expect(await deadlinesOf(id)).toEqual([
      expect.objectContaining({ kind: 'appointment-title-due', dueOn: '2027-03-31', processedAt: null }),
    ]);

    await sweepOn('2027-03-31');
    expect(await noticesOf(id)).toEqual([]);
    await sweepOn('2027-04-01');
    const inbox = (await get(unit.session, '/api/v1/me/notifications')).json().items;
    const notice = inbox.find((n: { link: string }) => n.link === `/appointments?id=${id}`);
    expect(notice).toMatchObject({ title: '先聘后评期限已过' });
    expect(notice.body).toContain('应于2027-03-31前取得中级职称，至今未取得');
    expect(notice.body).toContain('是否继续聘用由单位依规定决定');
    expect(notice.body).toContain('用人单位及时组织聘任，无相应职称的实行先聘后评');
    const hrInbox = (await get(s.w.sessions.liaoyangHr, '/api/v1/me/notifications')).json().items;
    expect(hrInbox.map((n: { link: string }) => n.link)).toContain(`/appointments?id=${id}`);
    expect(await auditOf(id, 'appointment.title-overdue')).toHaveLength(1);
    // Handled once: a later sweep tells nobody again.
    await sweepOn('2027-04-02');
    expect(await noticesOf(id)).toHaveLength(2);
  });

  it('are cancelled when the title is conferred before the day, and nobody is told', async () => {
    const unit = await liaoyangUnit();
    const personId = await introducedExpert(unit.id);
    const id = await fileAppointment(unit, beforeTitle(personId));
    const db = s.t.database.db;
    await db.insert(personTitles).values({
      personId,
      series: 'health',
      level: 'intermediate',
      specialty: '内科',
      obtainedOn: '2027-01-15',
      via: 'review',
    });
    await db.transaction((tx) => settleTitleDueDates(tx, s.t.services, null, [personId], s.t.clock.now()));
    expect(await deadlinesOf(id)).toEqual([expect.objectContaining({ lastError: '已取消' })]);
    expect(await auditOf(id, 'appointment.title-obtained')).toHaveLength(1);
    await sweepOn('2027-04-01');
    expect(await noticesOf(id)).toEqual([]);
  });

  it('find a title recorded without settling (an import) on their day, and tell nobody', async () => {
    const unit = await liaoyangUnit();
    const personId = await introducedExpert(unit.id);
    const id = await fileAppointment(unit, beforeTitle(personId));
    // Another series' title does not meet a health post; the health title obtained in time does.
    await s.t.database.db.insert(personTitles).values([
      {
        personId,
        series: 'engineering',
        level: 'intermediate',
        specialty: '通信工程',
        obtainedOn: '2026-12-01',
        via: 'review',
      },
      {
        personId,
        series: 'health',
        level: 'intermediate',
        specialty: '内科',
        obtainedOn: '2027-03-31',
        via: 'review',
      },
    ]);
    await sweepOn('2027-04-01');
    expect(await noticesOf(id)).toEqual([]);
    expect(await auditOf(id, 'appointment.title-obtained')).toHaveLength(1);
    expect((await deadlinesOf(id))[0]?.processedAt).not.toBeNull();
  });
});

describe('聘期 end reminders', () => {
  it(`remind the unit's clerks ${TERM_REMINDER_DAYS} days before a fixed term ends, once, with a link to the appointment`, async () => {
    const unit = await liaoyangUnit();
    const personId = await introducedExpert(unit.id);
    const id = await fileAppointment(unit, { ...beforeTitle(personId), endDate: '2029-04-01' });
    const reminder = (await deadlinesOf(id)).find((d) => d.kind === 'appointment-term-reminder');
    expect(reminder?.dueOn).toBe(addDays('2029-04-01', -TERM_REMINDER_DAYS - 1));

    await sweepOn(addDays('2029-04-01', -TERM_REMINDER_DAYS - 1));
    expect((await noticesOf(id)).filter((n) => n.title === '聘期即将届满')).toEqual([]);
    await sweepOn(addDays('2029-04-01', -TERM_REMINDER_DAYS));
    const inbox = (await get(unit.session, '/api/v1/me/notifications')).json().items;
    const notice = inbox.find(
      (n: { title: string; link: string }) =>
        n.title === '聘期即将届满' && n.link === `/appointments?id=${id}`,
    );
    expect(notice.body).toContain('聘期至2029-03-31届满，请及时办理续聘或解除聘用');
    await sweepOn(addDays('2029-04-01', -TERM_REMINDER_DAYS + 1));
    expect((await noticesOf(id)).filter((n) => n.title === '聘期即将届满')).toHaveLength(1);
    expect(await auditOf(id, 'appointment.term-reminded')).toHaveLength(1);
  });

  it('are cancelled with the title due date when the appointment is ended (解除聘用) before', async () => {
    const unit = await liaoyangUnit();
    const personId = await introducedExpert(unit.id);
    const id = await fileAppointment(unit, { ...beforeTitle(personId), endDate: '2029-04-01' });
    at('2026-06-01');
    const ending = await post(unit.session, `/api/v1/appointments/${id}/end`, {
      endDate: '2026-07-01',
      reason: '本人辞聘',
    });
    expect(ending.statusCode, ending.body).toBe(201);
    const endingId = ending.json().id as string;
    await proposeAndFile(unit, endingId);
    const rows = await deadlinesOf(id);
    expect(rows.map((d) => d.kind).sort()).toEqual(['appointment-term-reminder', 'appointment-title-due']);
    for (const row of rows) expect(row.lastError).toBe('已取消');
    expect(await deadlinesOf(endingId)).toEqual([]);
    await sweepOn('2029-04-01');
    expect(await noticesOf(id)).toEqual([]);
  });

  it('keep a term that ran out as it ended when a later appointment replaces it', async () => {
    const unit = await liaoyangUnit();
    const personId = await introducedExpert(unit.id);
    const first = await fileAppointment(unit, { ...beforeTitle(personId), endDate: '2026-10-01' });
    const later = await fileAppointment(unit, {
      ...beforeTitle(personId),
      startDate: '2027-01-01',
      titleDueDate: '2027-12-31',
    });
    const history = (await get(s.w.sessions.liaoyangHr, `/api/v1/post-histories/${personId}`)).json();
    expect(
      history.map((a: { id: string; state: string; endDate: string | null }) => [a.id, a.state, a.endDate]),
    ).toEqual([
      [first, 'ended', '2026-10-01'],
      [later, 'filed', null],
    ]);
  });

  it('refuses a term that ends before it starts, writing nothing', async () => {
    const unit = await liaoyangUnit();
    const personId = await introducedExpert(unit.id);
    const refused = await post(unit.session, '/api/v1/appointments', {
      ...beforeTitle(personId),
      endDate: '2026-04-01',
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.details).toEqual([
      expect.objectContaining({ path: 'endDate', message: '聘期终止日期须晚于聘用起始日期' }),
    ]);
    const listed = await get(unit.session, `/api/v1/appointments?personId=${personId}`);
    expect(listed.json().total).toBe(0);
  });
});
