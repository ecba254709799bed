/**
 * Loading an appointment as the policy judges it, and its view: the pieces the appointment
 * services and steps share.
 */
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { presentAll } from '../../domain/access/record-policy';
import { type PostGrade, postGradeName } from '../../domain/catalogue';
import { APPOINTMENT_KIND_NAMES, type AppointmentKind } from '../../domain/posts/appointment';
import type { AppointmentCheck } from '../../domain/posts/appointment-guards';
import {
  APPOINTMENT_STATE_NAMES,
  type AppointmentEvent,
  type AppointmentState,
} from '../../domain/posts/appointment-workflow';
import { APPOINTMENT_SOURCE_NAMES, type AppointmentSource } from '../../domain/posts/proposal-from-effects';
import { type AppointmentPolicyRecord, appointmentPolicy, appointmentRefusals } from './appointments.policy';
import { type AppointmentRow, findAppointment } from './appointments.repository';
import { type AppointmentDraftBody, appointmentDraftBody } from './appointments.schema';
import { approversOf, recordFor, withApprover } from './post-plan-records';
import { partiesOf } from './posts.policy';

/** What `findings` keeps: the request as the unit wrote it and the last check with its policy set. */
export interface StoredFindings {
  request: AppointmentDraftBody;
  check: (AppointmentCheck & { policy: { id: string } }) | null;
}

export type LoadedAppointment = AppointmentRow & AppointmentPolicyRecord;

export async function loadAppointmentRecord(db: Db, id: string): Promise<LoadedAppointment | undefined> {
  return withApprover(db, await findAppointment(db, id));
}

/** The appointment, once the actor's abilities on it include `event` (404, 409 or 403 otherwise). */
export async function loadAppointmentFor(db: Db, actor: Actor, id: string, event: AppointmentEvent) {
  return recordFor<LoadedAppointment, AppointmentEvent>(
    appointmentPolicy,
    appointmentRefusals,
    actor,
    await loadAppointmentRecord(db, id),
    event,
  );
}

const actionsOf = (events: readonly AppointmentEvent[], publicityRunning: boolean) => ({
  edit: events.includes('edit'),
  propose: events.includes('propose'),
  // Review and filing wait for the publicity's last day to pass (the step refuses with that
  // date, 409): a button that can only fail is not offered while the publicity runs.
  review: events.includes('review') && !publicityRunning,
  return: events.includes('return'),
  file: events.includes('file') && !publicityRunning,
});

/**
 * The request as the unit wrote it, for the form to reopen: only what still reads as a draft body
 * (a row written another way, e.g. a proposal made from a conferred title, may keep less).
 */
function requestOf(findings: StoredFindings | null): AppointmentDraftBody | null {
  const parsed = appointmentDraftBody.safeParse(findings?.request);
  return parsed.success ? parsed.data : null;
}

/**
 * 解除聘用 (the service's `end`) is the unit's on a post it holds filed; no workflow row leaves
 * `filed` (the ending is a new appointment of its own), so the table cannot answer it.
 */
const mayEnd = (actor: Actor, r: LoadedAppointment) =>
  r.appointment.state === 'filed' && r.appointment.kind !== 'ending' && partiesOf(actor, r).includes('unit');

function appointmentView({ appointment: a, unit, person }: AppointmentRow) {
  return {
    id: a.id,
    unit: { id: unit.id, name: unit.name },
    person: { id: person.id, name: person.name },
    kind: a.kind,
    kindName: APPOINTMENT_KIND_NAMES[a.kind as AppointmentKind] ?? a.kind,
    grade: a.grade,
    gradeName: postGradeName(a.grade as PostGrade),
    boardKind: a.boardKind,
    borrowedFromGrade: a.borrowedFromGrade,
    startDate: a.startDate,
    endDate: a.endDate,
    state: a.state,
    stateName: APPOINTMENT_STATE_NAMES[a.state as AppointmentState] ?? a.state,
    reason: a.reason,
    source: a.source,
    sourceName: APPOINTMENT_SOURCE_NAMES[a.source as AppointmentSource] ?? a.source,
    applicationId: a.applicationId,
    approvalDocument: a.approvalDocument,
    titleDueDate: a.titleDueDate,
    publicityUntil: a.publicityUntil,
    returnReasons: a.returnReasons ?? [],
    check: (a.findings as StoredFindings | null)?.check ?? null,
    request: requestOf(a.findings as StoredFindings | null),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/**
 * Appointments as the API answers them, each with its `actions` from the policy, less the
 * steps the publicity still holds back on `today` (a Shanghai calendar day).
 */
export async function presentAppointments(
  db: Db,
  actor: Actor,
  rows: readonly AppointmentRow[],
  today: string,
) {
  const approverOf = await approversOf(
    db,
    rows.map((r) => r.unit.jurisdictionCode),
  );
  return presentAll(
    appointmentPolicy,
    actor,
    rows.map((r) => ({ ...r, approverBureauId: approverOf(r.unit.jurisdictionCode) })),
    (r: LoadedAppointment) => ({ ...appointmentView(r), end: mayEnd(actor, r) }),
  ).map(({ actions, end, ...view }) => ({
    ...view,
    actions: {
      ...actionsOf(actions, view.publicityUntil !== null && today <= view.publicityUntil),
      end,
    },
  }));
}
