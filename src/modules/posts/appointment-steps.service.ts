import type { Db } from '../../db/client';
import type { NewAppointmentRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import type { WorkingDayCalendar } from '../../domain/calendar';
import { todayInShanghai } from '../../domain/calendar';
import { AppError } from '../../domain/errors';
import { parameterValue } from '../../domain/policy/parameter-values';
import {
  APPOINTMENT_STATE_NAMES,
  type AppointmentEvent,
  type AppointmentState,
  type AppointmentTransition,
  appointmentTransition,
} from '../../domain/posts/appointment-workflow';
import type { Clock } from '../../platform/clock';
import type { AuditLog } from '../audit';
import { policyForPlace } from '../policy';
import { type LoadedAppointment, loadAppointmentFor, type StoredFindings } from './appointment-records';
import { scheduleAppointmentDeadlines } from './appointment-reminders';
import * as repo from './appointments.repository';
import type { AppointmentsService } from './appointments.service';
import { recountUnitBoard } from './post-statistics.repository';
import { partiesOf } from './posts.policy';

type Check = Awaited<ReturnType<AppointmentsService['evaluate']>>['check'];

/**
 * 422 with every failing guard (key, Chinese reason, citations). When only time is missing it
 * names the earliest date, which the unit may accept on proposing (nothing is changed before).
 */
function refusal(check: Check, step: string) {
  const details = check.findings.map((f) => ({
    path: f.key,
    message: f.reason,
    key: f.key,
    citations: f.citations,
    ...(f.from ? { from: f.from } : {}),
  }));
  if (check.earliestDate)
    return new AppError(
      'unprocessable',
      'APPOINTMENT_TOO_EARLY',
      `尚未满足聘用的时间条件，最早可于${check.earliestDate}起聘用；同意按该日聘用的，可将聘用起始日期改为该日后提交`,
      details,
    );
  return new AppError(
    'unprocessable',
    'APPOINTMENT_REFUSED',
    `聘用有${check.findings.length}项不符合规定，不能${step}：${check.findings[0]!.reason}`,
    details,
  );
}

/**
 * The appointment's steps up the chain: the unit proposes (the guards must allow it; the
 * proposal is publicised in the unit for the set's working days), the competent department
 * reviews after the publicity or returns, the HR bureau of the unit's level files it with a
 * document number or returns. Each step is the workflow table's transition, written by
 * compare-and-set with its audit event in one transaction.
 */
export function createAppointmentSteps(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  calendar: () => Promise<WorkingDayCalendar>;
  appointments: AppointmentsService;
}) {
  const { db, clock, audit, calendar, appointments } = deps;
  const today = () => todayInShanghai(clock.now());

  function transitionOf(actor: Actor, record: LoadedAppointment, event: AppointmentEvent) {
    return appointmentTransition(
      event,
      record.appointment.state as AppointmentState,
      partiesOf(actor, record),
      {
        hasDepartment: record.unit.departmentId !== null,
      },
    )!;
  }

  /** The step waits for the publicity's last day to pass. */
  function requirePublicityOver(record: LoadedAppointment, transition: AppointmentTransition) {
    const until = record.appointment.publicityUntil;
    if (transition.afterPublicity && until && today() <= until)
      throw new AppError(
        'conflict',
        'APPOINTMENT_PUBLICITY',
        `聘用公示期至${until}止，公示期满后方可${transition.event === 'file' ? '备案' : '审核'}`,
      );
  }

  async function write(
    tx: Db,
    actor: Actor,
    record: LoadedAppointment,
    transition: AppointmentTransition,
    columns: Partial<NewAppointmentRecord>,
    data: Record<string, unknown>,
  ) {
    const row = await repo.updateAppointmentIf(tx, record.appointment.id, transition.from, {
      ...columns,
      state: transition.to!,
      updatedBy: actor.userId,
      updatedAt: clock.now(),
    });
    if (!row) {
      const found = await repo.findAppointment(tx, record.appointment.id);
      const state =
        APPOINTMENT_STATE_NAMES[found?.appointment.state as AppointmentState] ?? found?.appointment.state;
      throw new AppError('conflict', 'APPOINTMENT_STATE', `聘用记录已变为「${state}」，请刷新后再操作`);
    }
    await audit.record(tx, actor.userId, {
      action: transition.audit,
      entityType: 'appointment',
      entityId: record.appointment.id,
      data: { from: record.appointment.state, to: transition.to, ...data },
    });
  }

  const stored = (record: LoadedAppointment) => record.appointment.findings as StoredFindings;

  return {
    /**
     * The unit proposes: refused with every failing guard, nothing written. When only time is
     * missing the refusal names the earliest date; the draft moves to that date only when the
     * unit accepts it (`acceptEarliestDate`), and is then proposed from it if every guard allows
     * it there. Allowed, it is publicised in the unit until the set's
     * `publicity.unitWorkdays`-th working day.
     */
    async propose(actor: Actor, id: string, options: { acceptEarliestDate?: boolean } = {}) {
      const record = await loadAppointmentFor(db, actor, id, 'propose');
      let { request } = stored(record);
      let { check, planId } = await appointments.evaluate(record.unit, request);
      const asked = request.startDate;
      if (!check.allowed && check.earliestDate && options.acceptEarliestDate) {
        // Judged again on the new date: the board and the plan in force may differ there.
        request = { ...request, startDate: check.earliestDate };
        ({ check, planId } = await appointments.evaluate(record.unit, request));
      }
      if (!check.allowed) throw refusal(check, '提交公示');
      const day = today();
      const workdays = parameterValue(
        policyForPlace(record.unit.jurisdictionCode, day),
        'publicity.unitWorkdays',
      );
      const publicityUntil = (await calendar()).addWorkingDays(day, workdays);
      const moved = request.startDate !== asked;
      await db.transaction((tx) =>
        write(
          tx,
          actor,
          record,
          transitionOf(actor, record, 'propose'),
          {
            planId,
            publicityUntil,
            ...(moved ? { startDate: request.startDate } : {}),
            titleDueDate: check.titleDueDate ?? record.appointment.titleDueDate,
            findings: { request, check } satisfies StoredFindings,
            returnReasons: null,
          },
          {
            publicityUntil,
            workdays,
            ...(moved ? { startDate: { from: asked, to: request.startDate } } : {}),
          },
        ),
      );
      return appointments.detail(actor, id);
    },

    /** The competent department passes the proposal on to HR once the publicity is over. */
    async review(actor: Actor, id: string, note: string | null) {
      const record = await loadAppointmentFor(db, actor, id, 'review');
      const transition = transitionOf(actor, record, 'review');
      requirePublicityOver(record, transition);
      await db.transaction((tx) => write(tx, actor, record, transition, {}, { note }));
      return appointments.detail(actor, id);
    },

    /** The department or HR sends the proposal back, every reason kept for the unit. */
    async return(actor: Actor, id: string, reasons: string[]) {
      const record = await loadAppointmentFor(db, actor, id, 'return');
      const transition = transitionOf(actor, record, 'return');
      await db.transaction((tx) =>
        write(tx, actor, record, transition, { returnReasons: reasons }, { reasons, by: transition.party }),
      );
      return appointments.detail(actor, id);
    },

    /**
     * HR files the appointment with its document number, after checking it again (the board
     * may have changed since the proposal) inside the transaction that files it, with the unit
     * locked, so two filings racing for its last vacancy take turns and the second is refused.
     * The person's earlier filed appointment in the unit ends the day this one begins; an
     * ending appointment ends it and counts on no day itself.
     */
    async file(actor: Actor, id: string, approvalDocument: string) {
      const record = await loadAppointmentFor(db, actor, id, 'file');
      const transition = transitionOf(actor, record, 'file');
      requirePublicityOver(record, transition);
      const { request } = stored(record);
      const { startDate, personId, organisationId, kind } = record.appointment;
      await db.transaction(async (tx) => {
        await repo.lockUnitForFiling(tx, organisationId);
        const { check } = await appointments.evaluate(record.unit, request, tx);
        if (!check.allowed) throw refusal(check, '备案');
        const ended = await repo.endFiledAppointments(tx, personId, organisationId, startDate, id);
        for (const e of ended)
          await audit.record(tx, actor.userId, {
            action: 'appointment.ended',
            entityType: 'appointment',
            entityId: e.id,
            data: { endDate: startDate, by: id },
          });
        await write(
          tx,
          actor,
          record,
          transition,
          {
            approvalDocument,
            findings: { request, check } satisfies StoredFindings,
            ...(kind === 'ending' ? { endDate: startDate } : {}),
          },
          { approvalDocument, ends: ended.map((e) => e.id) },
        );
        await scheduleAppointmentDeadlines(
          tx,
          { ...record.appointment, titleDueDate: check.titleDueDate },
          ended.map((e) => e.id),
          today(),
          clock.now(),
        );
        await recountUnitBoard(tx, organisationId, today());
      });
      return appointments.detail(actor, id);
    },
  };
}

export type AppointmentSteps = ReturnType<typeof createAppointmentSteps>;
