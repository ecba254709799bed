import type { Db } from '../../db/client';
import type { PersonRecord } from '../../db/schema';
import { addDays } from '../../domain/calendar';
import {
  levelName,
  levelOfPostGrade,
  levelRank,
  type PostGrade,
  postGradeName,
} from '../../domain/catalogue';
import { POST_CLAUSES } from '../../domain/posts/guard-citations';
import { POLICY_LAYERS } from '../../policies';
import type { AuditLog } from '../audit';
import { cancelDeadlines, type DeadlineHandlers, scheduleDeadline } from '../deadlines';
import type { NotificationsService } from '../notifications';
import { competentHrBureau } from '../organisations';
import { findPerson } from '../people';
import { titleEvidenceOf } from '../profile';
import { filedWithTitleDue } from './appointment-reminders.repository';
import { findAppointment } from './appointments.repository';

/*
 * What an appointment's dates set going once HR files it (DESIGN rule 5: stored dates, no
 * timers): a 先聘后评 appointment's title due date (liaoyang-2023 §七) and the end of a
 * fixed-term 聘期. Both are deadlines of the deadlines module, scheduled in the filing's
 * transaction and cancelled in the transaction that makes them moot.
 */

/**
 * Days before a fixed 聘期 ends that the unit's clerks are reminded. Neither the seeds nor
 * DOMAIN §8 state a figure; 30 days leave time for what a renewal (续聘) or an ending takes in
 * this system — the proposal's publicity in the unit (`publicity.unitWorkdays` working days,
 * about a week), the competent department's review and HR's filing — before the term runs out.
 */
export const TERM_REMINDER_DAYS = 30;

const TITLE_CLAUSE = POST_CLAUSES.appointBeforeTitle[0]!;
/** 《辽阳市…通知》第七条“…”: the clause as the notice quotes it. */
const citationText = `《${POLICY_LAYERS.get(TITLE_CLAUSE.document)?.name ?? TITLE_CLAUSE.document}》${TITLE_CLAUSE.clause}“${TITLE_CLAUSE.text}”`;

/** The appointment's page in the unit's 聘用管理. */
const linkOf = (appointmentId: string) => `/appointments?id=${appointmentId}`;

/** The day before the term's end (exclusive) is its last day. */
const lastDayOf = (endDate: string) => addDays(endDate, -1);

/**
 * Schedules, in the filing's transaction, what a filed appointment's dates call for: its title
 * due date when the title is still lacking at filing (`titleDueDate` from the filing's check),
 * and the reminder `TERM_REMINDER_DAYS` before a fixed term ends. The deadlines of the
 * appointments this filing ends are cancelled with them. Filing is a compare-and-set on the
 * state, so each appointment is scheduled once.
 */
export async function scheduleAppointmentDeadlines(
  tx: Db,
  filed: { id: string; kind: string; endDate: string | null; titleDueDate: string | null },
  ended: readonly string[],
  today: string,
  at: Date,
) {
  for (const id of ended) await cancelDeadlines(tx, id, at);
  if (filed.titleDueDate)
    await scheduleDeadline(tx, {
      kind: 'appointment-title-due',
      dueOn: filed.titleDueDate,
      subjectId: filed.id,
      data: { titleDueDate: filed.titleDueDate },
    });
  // An ending counts on no day (its end is its start): nothing to renew.
  if (filed.endDate && filed.kind !== 'ending' && filed.endDate > today)
    await scheduleDeadline(tx, {
      kind: 'appointment-term-reminder',
      // Handled the day after `dueOn`: the reminder arrives TERM_REMINDER_DAYS before the end.
      dueOn: addDays(filed.endDate, -TERM_REMINDER_DAYS - 1),
      subjectId: filed.id,
      data: { endDate: filed.endDate },
    });
}

/** Whether the person holds a title of the post's level (and series, when the post names one) obtained by `by`. */
async function holdsTitle(
  tx: Db,
  person: PersonRecord,
  post: { grade: number; series: string | null },
  by: string,
) {
  const level = levelOfPostGrade(post.grade as PostGrade);
  if (!level) return false;
  const { records } = await titleEvidenceOf(tx, person);
  return records.some(
    (r) =>
      (!post.series || r.series === post.series) &&
      levelRank(r.level) >= levelRank(level) &&
      r.obtainedOn <= by,
  );
}

/**
 * Cancels the title due dates of these persons' 先聘后评 appointments that the titles now on
 * record meet — called where titles are conferred (a session's announcement), in its
 * transaction, each cancellation audited. A title recorded otherwise (an import) is found by
 * the deadline's own check on its day.
 */
export async function settleTitleDueDates(
  tx: Db,
  deps: { audit: Pick<AuditLog, 'record'> },
  actorUserId: string | null,
  personIds: readonly string[],
  at: Date,
) {
  for (const appointment of await filedWithTitleDue(tx, personIds)) {
    const person = await findPerson(tx, appointment.personId);
    if (!person || !(await holdsTitle(tx, person, appointment, appointment.titleDueDate!))) continue;
    if ((await cancelDeadlines(tx, appointment.id, at, 'appointment-title-due')) === 0) continue;
    await deps.audit.record(tx, actorUserId, {
      action: 'appointment.title-obtained',
      entityType: 'appointment',
      entityId: appointment.id,
      data: { titleDueDate: appointment.titleDueDate },
    });
  }
}

/**
 * The sweeper's answers for appointments. A title due date that passed without the title: the
 * unit and the HR bureau of its level are told (what becomes of the appointment is the unit's
 * decision, and the notice says so with the clause). A term about to end: the unit's clerks are
 * reminded. Either finds the appointment as it is now, so one ended or replaced since is left alone.
 */
export function appointmentDeadlineHandlers(deps: {
  audit: Pick<AuditLog, 'record'>;
  notifications: Pick<NotificationsService, 'notify'>;
}): Pick<DeadlineHandlers, 'appointment-title-due' | 'appointment-term-reminder'> {
  const { audit, notifications } = deps;
  return {
    'appointment-title-due': async (tx, deadline) => {
      const row = await findAppointment(tx, deadline.subjectId);
      if (row?.appointment.state !== 'filed' || !row.appointment.titleDueDate) return;
      const { appointment, unit } = row;
      const due = appointment.titleDueDate!;
      const person = await findPerson(tx, appointment.personId);
      if (person && (await holdsTitle(tx, person, appointment, due))) {
        await audit.record(tx, null, {
          action: 'appointment.title-obtained',
          entityType: 'appointment',
          entityId: appointment.id,
          data: { titleDueDate: due },
        });
        return;
      }
      const level = levelOfPostGrade(appointment.grade as PostGrade);
      const bureau = await competentHrBureau(tx, unit.jurisdictionCode);
      await notifications.notify(
        tx,
        [
          { organisationId: unit.id, role: 'employer' },
          ...(bureau ? [{ organisationId: bureau.id, role: 'hr' as const }] : []),
        ],
        {
          title: '先聘后评期限已过',
          body:
            `${unit.name}先聘后评聘用的${row.person.name}（${postGradeName(appointment.grade)}）` +
            `应于${due}前取得${level ? levelName(level) : '相应'}职称，至今未取得。` +
            `是否继续聘用由单位依规定决定并办理（${citationText}）。`,
          link: linkOf(appointment.id),
          sms: true,
        },
      );
      await audit.record(tx, null, {
        action: 'appointment.title-overdue',
        entityType: 'appointment',
        entityId: appointment.id,
        data: { titleDueDate: due, level },
      });
    },

    'appointment-term-reminder': async (tx, deadline) => {
      const row = await findAppointment(tx, deadline.subjectId);
      const endDate = row?.appointment.endDate;
      // A term changed or ended since filing is no longer the one this reminder was set for.
      if (row?.appointment.state !== 'filed' || !endDate || endDate !== deadline.data.endDate) return;
      const { appointment, unit } = row;
      await notifications.notify(tx, [{ organisationId: unit.id, role: 'employer' }], {
        title: '聘期即将届满',
        body: `${row.person.name}（${postGradeName(appointment.grade)}）的聘期至${lastDayOf(endDate)}届满，请及时办理续聘或解除聘用`,
        link: linkOf(appointment.id),
      });
      await audit.record(tx, null, {
        action: 'appointment.term-reminded',
        entityType: 'appointment',
        entityId: appointment.id,
        data: { endDate, daysBefore: TERM_REMINDER_DAYS },
      });
    },
  };
}
