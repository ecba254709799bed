import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { conferTitles } from '../../../test/helpers/conferred-titles';
import { reviewSuite } from '../../../test/helpers/review-world';
import { auditEvents, deadlines } from '../../db/schema';
import { todayInShanghai } from '../../domain/calendar';
import { scheduleAppointmentDeadlines } from './appointment-reminders';
import { insertAppointment } from './appointments.repository';

/*
 * Where titles are conferred — a session's announcement — the 先聘后评 due dates they meet are
 * cancelled in the announcement's transaction: two engineers appointed to 副高 posts before
 * their title (filed, their due dates tracked as the filing tracks them) go through a whole
 * session; the one conferred has the due date cancelled, the one who failed keeps it.
 */

const s = reviewSuite({ experts: 30 });

describe('a session’s announcement settles 先聘后评 due dates', () => {
  it('cancels the due date of the person conferred, and only theirs', async () => {
    const db = s.t.database.db;
    const appointed = new Map<string, string>();
    // Each applicant the world makes holds a filed 副高 post (grade 7) awaiting the title by 2027-06-30.
    const makeApplicant = s.w.applicant;
    s.w.applicant = async (...args) => {
      const made = await makeApplicant(...args);
      const row = await insertAppointment(db, {
        personId: made.person.id,
        organisationId: s.w.orgs.employer.id,
        kind: 'new-level',
        grade: 7,
        series: 'engineering',
        boardKind: 'normal',
        startDate: '2026-01-01',
        titleDueDate: '2027-06-30',
        state: 'filed',
        source: 'unit',
      });
      await db.transaction((tx) =>
        scheduleAppointmentDeadlines(tx, row, [], todayInShanghai(s.t.clock.now()), s.t.clock.now()),
      );
      appointed.set(made.person.name, row.id);
      return made;
    };
    const { apps, conferred } = await conferTitles(s.t, s.w, 2, '辽人社〔2026〕301号');
    expect(conferred).toHaveLength(1);
    for (const app of apps) {
      const id = appointed.get(app.personName)!;
      const [deadline] = await db.select().from(deadlines).where(eq(deadlines.subjectId, id));
      const obtained = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'appointment.title-obtained')));
      if (conferred.includes(app)) {
        expect(deadline).toMatchObject({ kind: 'appointment-title-due', lastError: '已取消' });
        expect(deadline?.processedAt).not.toBeNull();
        expect(obtained).toHaveLength(1);
      } else {
        expect(deadline).toMatchObject({ processedAt: null, lastError: null });
        expect(obtained).toEqual([]);
      }
    }
  }, 240_000);
});
